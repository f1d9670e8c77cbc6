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
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}]");
    /** Longer than any line number with room for a typo, short enough to quote in a message. */
    private static final int SHOWN_LENGTH = 20;

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
            throw new InvalidContractSettingException("mdrive.contract.invalidLineNumber", shown(typed));
        }
        return new LineNumber(folded);
    }

    /**
     * A refused input as pages and messages quote it back: invisible and control characters shown
     * as {@code ?}, and cut short, so that pasted junk or an attack reads as what it is.
     */
    public static String shown(String typed) {
        String visible = INVISIBLE.matcher(typed == null ? "" : typed.strip()).replaceAll("?");
        return visible.codePointCount(0, visible.length()) <= SHOWN_LENGTH ? visible
                : visible.substring(0, visible.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
    }

    @Override
    public String toString() {
        return value;
    }
}
