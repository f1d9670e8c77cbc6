package jp.mdrive.keycloak.core.maillink;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A mail link that was opened and is spent later, by the button that ends its pages or by the
 * provider sign-in they started: what it takes to spend it and to tell whether it is still current
 * ({@link LinkGeneration}), kept in notes (of the authentication session, or of a pending setup)
 * while the token itself is gone.
 */
public record MailLink(String key, long expiresAt, String purpose, String generation) {

    /** How spending a link went; when it was not spent, the event error and reason that say why. */
    public enum Spending {
        SPENT(null, null),
        VOID(LinkGeneration.VOID, "link_void"),
        ALREADY_USED(Errors.INVALID_TOKEN, "link_already_used");

        private final String error;
        private final String reason;

        Spending(String error, String reason) {
            this.error = error;
            this.reason = reason;
        }

        public String error() {
            return error;
        }

        public String reason() {
            return reason;
        }
    }

    private static final String KEY = "mdrive.link.key";
    private static final String EXPIRES = "mdrive.link.expires";
    private static final String PURPOSE = "mdrive.link.purpose";
    private static final String GENERATION = "mdrive.link.generation";

    public static MailLink of(DefaultActionToken token, String purpose) {
        String generation = LinkGeneration.carriedBy(token);
        return new MailLink(token.serializeKey(), token.getExp(), purpose, generation == null ? "" : generation);
    }

    public boolean isCurrent(UserModel user) {
        return LinkGeneration.of(user).isCurrent(purpose, generation);
    }

    /**
     * Spends the link if it is still current. Of two racing uses exactly one spends it (Keycloak's
     * revoked-token store); a link voided meanwhile is not spent and changes nothing.
     */
    public Spending spend(KeycloakSession session, UserModel user) {
        if (!isCurrent(user)) {
            return Spending.VOID;
        }
        return MailLinks.spend(session, key, expiresAt) ? Spending.SPENT : Spending.ALREADY_USED;
    }

    public Map<String, String> notes() {
        return Map.of(KEY, key, EXPIRES, Long.toString(expiresAt), PURPOSE, purpose, GENERATION, generation);
    }

    public void keep(AuthenticationSessionModel authSession) {
        notes().forEach(authSession::setAuthNote);
    }

    public static Optional<MailLink> kept(AuthenticationSessionModel authSession) {
        return fromNotes(authSession::getAuthNote);
    }

    /** The link in notes written by {@link #notes()}; empty when they hold none (or a damaged one). */
    public static Optional<MailLink> fromNotes(Function<String, String> notes) {
        String key = notes.apply(KEY);
        String expires = notes.apply(EXPIRES);
        String purpose = notes.apply(PURPOSE);
        String generation = notes.apply(GENERATION);
        if (key == null || expires == null || purpose == null || generation == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MailLink(key, Long.parseLong(expires), purpose, generation));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
