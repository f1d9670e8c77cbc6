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

import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * A provider chosen on the login-setup pages (manual 1.5 (4), 2.1 (3)②), waiting for the user to sign
 * in there: the setup pages send the browser to the provider with a nonce, and the first-broker-login
 * step links the account that comes back to the user the nonce names, whatever address the provider
 * has for it. Kept in Keycloak's single-use store for 10 minutes; taken once, and only by the browser
 * that started it (R-SEC-9, {@link SetupBrowser}).
 */
public final class PendingSetup {

    /** The authorization request's parameter; Keycloak keeps unknown ones as client notes. */
    public static final String PARAM = "mdrive_setup";
    private static final String NOTE = AuthorizationEndpoint.LOGIN_SESSION_NOTE_ADDITIONAL_REQ_PARAMS_PREFIX + PARAM;
    private static final String KEY = "mdrive-setup:";
    private static final String DONE = "mdrive-setup-done:";
    private static final long LIFESPAN_SECONDS = 600;

    /** What the nonce stands for: the user, the provider, the mail link it came from and the browser that started it. */
    public record Pending(String userId, String alias, LoginSetupPurpose purpose, MailLink link, String browser) {

        /** The provider's method: its alias, or {@code ad} for a contract's ADFS. */
        public LoginMethod method() {
            return LoginMethod.ofIdentityProvider(alias);
        }

        /** Whether the current request comes from the browser that started the setup. */
        public boolean isFromStartingBrowser(KeycloakSession session) {
            return SetupBrowser.isMarked(session, browser);
        }
    }

    private PendingSetup() {
    }

    /** Registers the pending link and returns where to send the browser: the provider's sign-in. */
    public static URI start(KeycloakSession session, RealmModel realm, UserModel user, String alias, LoginSetupPurpose purpose,
                            MailLink link) {
        String nonce = SettingsSignIn.random();
        Map<String, String> notes = new HashMap<>(link.notes());
        notes.put("user", user.getId());
        notes.put("alias", alias);
        notes.put("browser", SetupBrowser.mark(session, realm, LIFESPAN_SECONDS));
        session.singleUseObjects().put(KEY + nonce, LIFESPAN_SECONDS, notes);
        return SettingsSignIn.authorizationUri(session, realm, SettingsSignIn.TOP_PATH,
                user.getFirstAttribute(UserModel.LOCALE), Map.of("kc_idp_hint", alias, PARAM, nonce));
    }

    /** The nonce this sign-in was started with, if it was started by the setup pages. */
    public static Optional<String> requested(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getClientNote(NOTE)).filter(nonce -> !nonce.isBlank());
    }

    /** The pending setup of the nonce, left in place: looking does not spend it. */
    public static Optional<Pending> find(KeycloakSession session, String nonce) {
        Map<String, String> notes = session.singleUseObjects().get(KEY + nonce);
        if (notes == null || notes.get("user") == null || notes.get("browser") == null) {
            return Optional.empty();
        }
        return MailLink.fromNotes(notes::get).flatMap(link -> LoginSetupPurpose.parse(link.purpose())
                .map(purpose -> new Pending(notes.get("user"), notes.get("alias"), purpose, link, notes.get("browser"))));
    }

    /**
     * Takes the pending setup, once: of two sign-ins with the same nonce only one gets true. The
     * taker's user is remembered as the setup's, for {@link #completedFor}.
     */
    public static boolean take(KeycloakSession session, String nonce, Pending pending) {
        if (session.singleUseObjects().remove(KEY + nonce) == null) {
            return false;
        }
        session.singleUseObjects().put(DONE + nonce, LIFESPAN_SECONDS, Map.of("user", pending.userId(), "purpose", pending.purpose().value()));
        return true;
    }

    /** What the setup of that nonce was for, if this sign-in's provider link completed it for that user. */
    public static Optional<LoginSetupPurpose> completedFor(KeycloakSession session, String nonce, UserModel user) {
        Map<String, String> done = session.singleUseObjects().get(DONE + nonce);
        if (done == null || user == null || !user.getId().equals(done.get("user"))) {
            return Optional.empty();
        }
        return LoginSetupPurpose.parse(done.get("purpose"));
    }
}
