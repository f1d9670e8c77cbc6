package jp.mdrive.keycloak.core.identity;

import java.util.Optional;
import java.util.UUID;

import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The link of an invitation, login-method change or e-mail change mail. Besides the user and its
 * expiry it names its purpose, the address the user had when it was sent (a link outlives no address
 * change: whoever held the old address can no longer act) and, for an e-mail change, the new address.
 */
public class LoginSetupToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mdrive-login-setup";
    private static final String PURPOSE = "purpose";
    private static final String ADDRESS = "address";
    private static final String NEW_ADDRESS = "newAddress";

    public LoginSetupToken(String userId, int expiresAt, LoginSetupPurpose purpose, String address, String newAddress) {
        super(userId, TOKEN_TYPE, expiresAt, UUID.randomUUID());
        setNote(PURPOSE, purpose.value());
        setNote(ADDRESS, address == null ? "" : address);
        if (newAddress != null) {
            setNote(NEW_ADDRESS, newAddress);
        }
    }

    /** For JSON deserialization by Keycloak's token verifier. */
    private LoginSetupToken() {
    }

    public Optional<LoginSetupPurpose> purpose() {
        return LoginSetupPurpose.parse(getNote(PURPOSE));
    }

    public String address() {
        return Optional.ofNullable(getNote(ADDRESS)).orElse("");
    }

    public Optional<String> newAddress() {
        return Optional.ofNullable(getNote(NEW_ADDRESS));
    }
}
