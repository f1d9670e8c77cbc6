package jp.mdrive.keycloak.core.identity;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

import jp.mdrive.keycloak.core.contract.ConnectionId;

/**
 * R-LOGIN-5: the one way a user signs in: {@code password}, the alias of a federated identity
 * provider ({@code google}, {@code facebook}, {@code microsoft}, {@code d-account}) or {@code ad} (the
 * contract's ADFS, whose alias is the connection ID). Kept in the user attribute {@value #ATTRIBUTE},
 * which admins see in the console; users from before the attribute are read from their credentials.
 */
public record LoginMethod(String value) {

    public static final String ATTRIBUTE = "mdrive.login-method";
    public static final LoginMethod PASSWORD = new LoginMethod("password");
    public static final LoginMethod AD = new LoginMethod("ad");

    public LoginMethod {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A login method has a name");
        }
    }

    /** The method an identity provider stands for: its alias, or {@code ad} for a contract's ADFS. */
    public static LoginMethod ofIdentityProvider(String alias) {
        return alias.startsWith(ConnectionId.PREFIX) ? AD : new LoginMethod(alias);
    }

    /** The user's method: stored, or else a password; empty when neither tells. */
    public static Optional<LoginMethod> of(UserModel user) {
        String stored = user.getFirstAttribute(ATTRIBUTE);
        if (stored != null && !stored.isBlank()) {
            return Optional.of(new LoginMethod(stored.strip()));
        }
        if (user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
            return Optional.of(PASSWORD);
        }
        return Optional.empty();
    }

    public void assignTo(UserModel user) {
        user.setAttribute(ATTRIBUTE, List.of(value));
    }

    public boolean isFederated() {
        return !equals(PASSWORD);
    }
}
