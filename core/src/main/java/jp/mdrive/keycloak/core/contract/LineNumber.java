package jp.mdrive.keycloak.core.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A FLET'S line number (manual 4.2): {@code CAF} + 10 alphanumerics or {@code COP} + 8.
 * People copy them from paper contracts, so input is trimmed, folded from full-width to ASCII
 * and upper-cased before it is judged.
 */
public record LineNumber(String value) {

    private static final Pattern FORM = Pattern.compile("CAF[A-Z0-9]{10}|COP[A-Z0-9]{8}");

    public LineNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidContractSettingException("mdrive.contract.invalidLineNumber", value);
        }
    }

    public static LineNumber parse(String typed) {
        if (typed == null) {
            throw new InvalidContractSettingException("mdrive.contract.invalidLineNumber", "");
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(folded).matches()) {
            throw new InvalidContractSettingException("mdrive.contract.invalidLineNumber", typed.strip());
        }
        return new LineNumber(folded);
    }

    @Override
    public String toString() {
        return value;
    }
}
