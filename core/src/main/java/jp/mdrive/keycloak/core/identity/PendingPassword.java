package jp.mdrive.keycloak.core.identity;

import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A password chosen on one page and stored only when a later page confirms it (申込確認). Between the
 * two it lives in the authentication session already hashed the realm's way, so no node's cache
 * ever holds it in clear.
 */
public final class PendingPassword {

    private static final String CREDENTIAL_DATA = "mdrive.pending-password.data";
    private static final String SECRET_DATA = "mdrive.pending-password.secret";
    private static final String PASSWORD_PROVIDER = "keycloak-password";

    private PendingPassword() {
    }

    /** The realm's policy refusing that password, or empty once it is kept, hashed, for confirmation. */
    public static Optional<NewPassword.Refusal> keep(KeycloakSession session, RealmModel realm, UserModel user,
                                                     AuthenticationSessionModel authSession, NewPassword password) {
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, password.value());
        if (error != null) {
            return Optional.of(NewPassword.refused(error));
        }
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hash = policy.getHashAlgorithm() == null ? null
                : session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
        if (hash == null) {
            hash = session.getProvider(PasswordHashProvider.class);
        }
        PasswordCredentialModel hashed = hash.encodedCredential(password.value(), policy.getHashIterations());
        authSession.setAuthNote(CREDENTIAL_DATA, hashed.getCredentialData());
        authSession.setAuthNote(SECRET_DATA, hashed.getSecretData());
        return Optional.empty();
    }

    public static void forget(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(CREDENTIAL_DATA);
        authSession.removeAuthNote(SECRET_DATA);
    }

    /** Makes the kept password the user's, through Keycloak's own password provider (history and all). */
    @SuppressWarnings("unchecked")
    public static void store(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        CredentialModel stored = new CredentialModel();
        stored.setType(PasswordCredentialModel.TYPE);
        stored.setCredentialData(authSession.getAuthNote(CREDENTIAL_DATA));
        stored.setSecretData(authSession.getAuthNote(SECRET_DATA));
        stored.setCreatedDate(Time.currentTimeMillis());
        CredentialProvider<PasswordCredentialModel> passwords = session.getProvider(CredentialProvider.class, PASSWORD_PROVIDER);
        passwords.createCredential(realm, user, PasswordCredentialModel.createFromCredentialModel(stored));
        forget(authSession);
    }
}
