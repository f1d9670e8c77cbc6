package jp.mdrive.keycloak.core.identity;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.endpoints.AuthorizationEndpoint;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.maillink.MailLinks;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * A provider chosen on the login-setup pages (manual 1.5 (4), 2.1 (3)②), waiting for the user to sign
 * in there: the setup pages send the browser to the provider with a nonce, and the first-broker-login
 * step links the account that comes back to the user the nonce names, whatever address the provider
 * has for it. Kept in Keycloak's single-use store for 10 minutes; taken once.
 */
public final class PendingSetup {

    /** The authorization request's parameter; Keycloak keeps unknown ones as client notes. */
    public static final String PARAM = "mdrive_setup";
    private static final String NOTE = AuthorizationEndpoint.LOGIN_SESSION_NOTE_ADDITIONAL_REQ_PARAMS_PREFIX + PARAM;
    private static final String KEY = "mdrive-setup:";
    private static final String DONE = "mdrive-setup-done:";
    private static final long LIFESPAN_SECONDS = 600;

    /** What the nonce stands for. */
    public record Pending(String userId, String alias, LoginSetupPurpose purpose, String linkKey, long linkExpires) {

        /** The provider's method: its alias, or {@code ad} for a contract's ADFS. */
        public LoginMethod method() {
            return LoginMethod.ofIdentityProvider(alias);
        }
    }

    private PendingSetup() {
    }

    /** Registers the pending link and returns where to send the browser: the provider's sign-in. */
    public static URI start(KeycloakSession session, RealmModel realm, UserModel user, String alias, LoginSetupPurpose purpose,
                            String linkKey, long linkExpires) {
        String nonce = SettingsSignIn.random();
        Map<String, String> notes = new HashMap<>();
        notes.put("user", user.getId());
        notes.put("alias", alias);
        notes.put("purpose", purpose.value());
        notes.put("linkKey", linkKey);
        notes.put("linkExpires", Long.toString(linkExpires));
        session.singleUseObjects().put(KEY + nonce, LIFESPAN_SECONDS, notes);
        return SettingsSignIn.authorizationUri(session, realm, SettingsSignIn.TOP_PATH,
                user.getFirstAttribute(UserModel.LOCALE), Map.of("kc_idp_hint", alias, PARAM, nonce));
    }

    /** The nonce this sign-in was started with, if it was started by the setup pages. */
    public static Optional<String> requested(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getClientNote(NOTE)).filter(nonce -> !nonce.isBlank());
    }

    /** Takes the pending setup, once: a second sign-in with the same nonce finds nothing. */
    public static Optional<Pending> take(KeycloakSession session, String nonce) {
        Map<String, String> notes = session.singleUseObjects().remove(KEY + nonce);
        if (notes == null || notes.get("user") == null) {
            return Optional.empty();
        }
        session.singleUseObjects().put(DONE + nonce, LIFESPAN_SECONDS, Map.of("user", notes.get("user"), "purpose", notes.get("purpose")));
        return LoginSetupPurpose.parse(notes.get("purpose")).map(purpose -> new Pending(notes.get("user"), notes.get("alias"), purpose,
                notes.get("linkKey"), Long.parseLong(notes.get("linkExpires"))));
    }

    /** What the setup of that nonce was for, if this sign-in's provider link completed it for that user. */
    public static Optional<LoginSetupPurpose> completedFor(KeycloakSession session, String nonce, UserModel user) {
        Map<String, String> done = session.singleUseObjects().get(DONE + nonce);
        if (done == null || user == null || !user.getId().equals(done.get("user"))) {
            return Optional.empty();
        }
        return LoginSetupPurpose.parse(done.get("purpose"));
    }

    /** Spends the mail link the setup came from; false when it was spent already. */
    public static boolean spendLink(KeycloakSession session, Pending pending) {
        return MailLinks.spend(session, pending.linkKey(), pending.linkExpires());
    }
}
