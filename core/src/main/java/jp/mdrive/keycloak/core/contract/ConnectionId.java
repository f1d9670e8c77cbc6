package jp.mdrive.keycloak.core.contract;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The Active Directory connection ID of a contract (manual 1.3): {@code adfs-} + 18 alphanumerics.
 * It is also the alias of the contract's ADFS identity provider.
 */
public record ConnectionId(String value) {

    public static final String PREFIX = "adfs-";

    private static final Pattern FORM = Pattern.compile(PREFIX + "[A-Za-z0-9]{18}");

    public ConnectionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidContractSettingException("mdrive.contract.invalidConnectionId", value);
        }
    }

    /** A new connection ID: the prefix and 18 random letters and digits. */
    public static ConnectionId generate(SecureRandom random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(PREFIX);
        for (int i = 0; i < 18; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return new ConnectionId(id.toString());
    }

    public static ConnectionId parse(String typed) {
        return new ConnectionId(typed == null ? null : typed.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
