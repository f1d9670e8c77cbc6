package jp.mdrive.keycloak.authenticators.resetpassword;

import java.util.Map;
import java.util.UUID;

import jp.mdrive.keycloak.core.code.MailThrottle;
import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * R-SEC-7: everything of a forgot-password request that depends on the address, done after the
 * answer has gone ({@link MdriveMail#afterCommit}): looking the address up, deciding whether it
 * gets a mail (an enabled password user whose address the throttle let through), signing the link,
 * sending, and recording the request's one SEND_RESET_PASSWORD event. A lookup in the request
 * would answer a cached user without a database round trip and an unknown address with one, and a
 * user not cached with more; done here, it times nothing the requester sees.
 */
final class ResetMailJob implements MdriveMail.Job {

    static final String THROTTLE_DETAIL = "mdrive_throttle";
    static final String THROTTLED = "mdrive_mail_throttled";
    /** Stands for the token in the link the request builds; the job signs the token and puts it there. */
    private static final String TOKEN_MARK = "mdrive-reset-token";

    private final String typed;
    private final String chosenUserId;
    private final MailThrottle.Verdict verdict;
    private final String link;
    private final String issuer;
    private final String authSessionId;
    private final String clientId;
    private final Event requestEvent;

    private ResetMailJob(AuthenticationFlowContext context, String typed, UserModel chosen, MailThrottle.Verdict verdict) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        this.typed = typed;
        this.chosenUserId = chosen == null ? null : chosen.getId();
        this.verdict = verdict;
        this.link = context.getActionTokenUrl(TOKEN_MARK).toString();
        this.issuer = Urls.realmIssuer(context.getUriInfo().getBaseUri(), context.getRealm().getName());
        this.authSessionId = AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId();
        this.clientId = authSession.getClient().getClientId();
        this.requestEvent = context.getEvent().getEvent().clone();
    }

    /**
     * @param chosen the user of a signed-in browser, for whom Keycloak skips the address form; else null
     * @param verdict the address's throttle, taken in the request so that concurrent requests are ordered
     */
    static ResetMailJob of(AuthenticationFlowContext context, String typed, UserModel chosen, MailThrottle.Verdict verdict) {
        return new ResetMailJob(context, typed, chosen, verdict);
    }

    @Override
    public void run(KeycloakSession session, RealmModel realm) {
        UserModel owner = chosenUserId != null ? session.users().getUserById(realm, chosenUserId)
                : session.users().getUserByEmail(realm, typed);
        EventBuilder event = event(session, realm);
        if (verdict != MailThrottle.Verdict.SEND) {
            event.detail(THROTTLE_DETAIL, verdict.detail());
        }
        if (owner == null) {
            event.error(Errors.USER_NOT_FOUND);
        } else if (!owner.isEnabled()) {
            event.user(owner).error(Errors.USER_DISABLED);
        } else if (owner.getEmail() == null || !owner.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
            event.user(owner).error(Errors.INVALID_USER_CREDENTIALS);
        } else if (verdict != MailThrottle.Verdict.SEND) {
            event.user(owner).detail(Details.EMAIL, owner.getEmail()).error(THROTTLED);
        } else {
            send(session, realm, owner);
            event.user(owner).detail(Details.EMAIL, owner.getEmail()).success();
        }
    }

    /** The request's event (client, address, session, flow details) as Keycloak would have recorded it. */
    private EventBuilder event(KeycloakSession session, RealmModel realm) {
        EventBuilder event = new EventBuilder(realm, session).event(EventType.SEND_RESET_PASSWORD)
                .client(requestEvent.getClientId()).ipAddress(requestEvent.getIpAddress()).session(requestEvent.getSessionId());
        if (requestEvent.getDetails() != null) {
            requestEvent.getDetails().forEach(event::detail);
        }
        return event.detail(Details.USERNAME, typed);
    }

    private void send(KeycloakSession session, RealmModel realm, UserModel owner) {
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(owner.getId(), owner.getEmail(),
                Time.currentTime() + lifespan, authSessionId, clientId);
        // R-SEC-6: this link voids the older ones; written here, after the answer, for registered users only
        LinkGeneration.of(owner).stamp(token, ResetMail.LINK_PURPOSE);
        // What DefaultActionToken#serialize does, with the issuer of the request instead of its UriInfo.
        token.issuedNow().id(UUID.randomUUID().toString()).issuer(issuer).audience(issuer);
        MdriveMail.send(session, realm, owner, ResetMail.SUBJECT, ResetMail.TEMPLATE,
                Map.of("link", link.replace(TOKEN_MARK, session.tokens().encode(token)), "validDays", lifespan / 86_400));
    }
}
