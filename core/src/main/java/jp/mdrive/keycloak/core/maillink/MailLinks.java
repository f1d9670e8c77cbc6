package jp.mdrive.keycloak.core.maillink;

import java.time.Duration;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectKeyModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * Links in M-Drive mails are Keycloak action tokens: signed with the realm's keys, bound to one
 * user and one purpose, checked for expiry by Keycloak. Keycloak's own defaults (12 h, 5 min) do not
 * fit the manual, so every link states its lifespan here.
 */
public final class MailLinks {

    /** manual 2, 6: every link in a mail is valid 14 days. */
    public static final Duration DEFAULT_LIFESPAN = Duration.ofDays(14);

    /** The links open on the account client, which every realm has and which leads back to login. */
    public static final String CLIENT_ID = Constants.ACCOUNT_MANAGEMENT_CLIENT_ID;

    /** What every refusal of a link says, whichever check refused it: "このURLは無効です". */
    public static final String INVALID_LINK_MESSAGE = "mdrive.setup.invalidLink";

    private MailLinks() {
    }

    /** Absolute expiry, in Keycloak time (which tests may offset), of a link issued now. */
    public static int expiresAt(Duration lifespan) {
        return Math.toIntExact(Time.currentTime() + lifespan.toSeconds());
    }

    /**
     * Spends a link: Keycloak refuses a revoked action token from then on. Returns whether this call
     * spent it, so that of two racing clicks exactly one goes through.
     */
    public static boolean spend(KeycloakSession session, SingleUseObjectKeyModel token) {
        return spend(session, token.serializeKey(), token.getExp());
    }

    /** As above, for a link known by its key and expiry (as kept while its pages are filled in). */
    public static boolean spend(KeycloakSession session, String key, long expiresAt) {
        return session.revokedTokens().put(key, Math.max(1, expiresAt - Time.currentTime() + 1));
    }

    public static String url(KeycloakSession session, RealmModel realm, DefaultActionToken token) {
        UriInfo uri = session.getContext().getUri();
        token.issuedFor(CLIENT_ID);
        return LoginActionsService.actionTokenProcessor(uri)
                .queryParam(Constants.KEY, token.serialize(session, realm, uri))
                .build(realm.getName()).toString();
    }

    /** The "このURLは無効です" page for a link that was not spent, and the event error that says why. */
    public static Response refused(EventBuilder event, LoginFormsProvider form, MailLink.Spending spending) {
        return refused(event, form, spending.error(), spending.reason());
    }

    /** The "このURLは無効です" page, and the event error and reason of the refusal. */
    public static Response refused(EventBuilder event, LoginFormsProvider form, String error, String reason) {
        event.detail(Details.REASON, reason).error(error);
        return form.setError(INVALID_LINK_MESSAGE).createErrorPage(Response.Status.BAD_REQUEST);
    }
}
