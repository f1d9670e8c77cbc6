package jp.mdrive.keycloak.core.contract;

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

    public static ConnectionId parse(String typed) {
        return new ConnectionId(typed == null ? null : typed.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
