package jp.mdrive.keycloak.core.identity;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * R-LOGIN-5, manual 2: a user has one login method, so choosing one takes the others away. A
 * password goes when the user moves to a provider; every provider link goes, so the chosen provider
 * is linked afresh at the next sign-in; the 2SV registration belonged to the old way in and is reset;
 * and the setup is complete, so every link sent before is void (R-SEC-6).
 */
public final class LoginMethodSwitch {

    private LoginMethodSwitch() {
    }

    /** For a federated or AD method. A password method is set by {@link #toPassword}. */
    public static void toProvider(KeycloakSession session, RealmModel realm, UserModel user, LoginMethod method) {
        if (!method.isFederated()) {
            throw new IllegalArgumentException("A password method needs the password");
        }
        user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE).toList()
                .forEach(password -> user.credentialManager().removeStoredCredentialById(password.getId()));
        finish(session, realm, user, method);
    }

    /** Sets the password kept by {@link PendingPassword} and makes it the user's method. */
    public static void toPassword(KeycloakSession session, RealmModel realm, UserModel user,
                                  AuthenticationSessionModel authSession) {
        PendingPassword.store(session, realm, user, authSession);
        finish(session, realm, user, LoginMethod.PASSWORD);
    }

    private static void finish(KeycloakSession session, RealmModel realm, UserModel user, LoginMethod method) {
        session.users().getFederatedIdentitiesStream(realm, user).toList()
                .forEach(link -> session.users().removeFederatedIdentity(realm, user, link.getIdentityProvider()));
        method.assignTo(user);
        TwoStepRegistration.of(user).reset();
        LinkGeneration.of(user).voidAll();
        user.setEmailVerified(true);
    }
}
