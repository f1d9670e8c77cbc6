package jp.mdrive.keycloak.authenticators.resetpassword;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import jp.mdrive.keycloak.core.code.MailThrottle;
import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.mail.outbox.GivenUpMail;
import jp.mdrive.keycloak.core.mail.outbox.MailJob;
import jp.mdrive.keycloak.core.mail.outbox.MailOutbox;
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
import org.keycloak.util.JsonSerialization;

/**
 * R-SEC-7: everything of a forgot-password request that depends on the address, done after the
 * answer has gone, as an outbox row of its own ({@link MailOutbox}): looking the address up,
 * deciding whether it gets a mail (an enabled password user whose address the throttle let
 * through), signing the link, and recording the request's one SEND_RESET_PASSWORD event. A lookup in
 * the request would answer a cached user without a database round trip and an unknown address with
 * one, and a user not cached with more; done here, it times nothing the requester sees.
 * <p>
 * The mail itself is a further outbox row, written in the same transaction as the link's
 * generation stamp: sent from here, it could reach the user before the stamp has committed, and a
 * quick click would find the link void.
 */
final class ResetMailJob implements MailJob {

    static final String KIND = "password-reset";
    static final String THROTTLE_DETAIL = "mdrive_throttle";
    static final String THROTTLED = "mdrive_mail_throttled";
    /** Stands for the token in the link the request builds; the job signs the token and puts it there. */
    private static final String TOKEN_MARK = "mdrive-reset-token";

    /**
     * What the request knew, for the row's payload.
     *
     * @param chosenUserId the user of a signed-in browser, for whom Keycloak skips the address form; else null
     * @param verdict the address's throttle, taken in the request so that concurrent requests are ordered
     * @param event the request's event (client, address, session, flow details) as Keycloak would have recorded it
     */
    record Request(String typed, String chosenUserId, MailThrottle.Verdict verdict, String link, String issuer,
                   String authSessionId, String clientId, RequestEvent event) {
    }

    record RequestEvent(String clientId, String ipAddress, String sessionId, Map<String, String> details) {
    }

    static Request request(AuthenticationFlowContext context, String typed, UserModel chosen, MailThrottle.Verdict verdict) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Event event = context.getEvent().getEvent();
        return new Request(typed, chosen == null ? null : chosen.getId(), verdict,
                context.getActionTokenUrl(TOKEN_MARK).toString(),
                Urls.realmIssuer(context.getUriInfo().getBaseUri(), context.getRealm().getName()),
                AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(),
                authSession.getClient().getClientId(),
                new RequestEvent(event.getClientId(), event.getIpAddress(), event.getSessionId(), event.getDetails()));
    }

    @Override
    public void run(KeycloakSession session, RealmModel realm, String payload) {
        Request request = read(payload);
        UserModel owner = request.chosenUserId() != null ? session.users().getUserById(realm, request.chosenUserId())
                : session.users().getUserByEmail(realm, request.typed());
        EventBuilder event = event(session, realm, request);
        if (request.verdict() != MailThrottle.Verdict.SEND) {
            event.detail(THROTTLE_DETAIL, request.verdict().detail());
        }
        if (owner == null) {
            event.error(Errors.USER_NOT_FOUND);
        } else if (!owner.isEnabled()) {
            event.user(owner).error(Errors.USER_DISABLED);
        } else if (owner.getEmail() == null || !owner.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
            event.user(owner).error(Errors.INVALID_USER_CREDENTIALS);
        } else if (request.verdict() != MailThrottle.Verdict.SEND) {
            event.user(owner).detail(Details.EMAIL, owner.getEmail()).error(THROTTLED);
        } else {
            send(session, realm, owner, request);
            event.user(owner).detail(Details.EMAIL, owner.getEmail()).success();
        }
    }

    @Override
    public void describe(EventBuilder event, String payload) {
        Request request = read(payload);
        event.detail(Details.USERNAME, request.typed()).detail(GivenUpMail.TEMPLATE, ResetMail.TEMPLATE);
        if (request.chosenUserId() != null) {
            event.user(request.chosenUserId());
        }
    }

    private static EventBuilder event(KeycloakSession session, RealmModel realm, Request request) {
        RequestEvent requestEvent = request.event();
        EventBuilder event = new EventBuilder(realm, session).event(EventType.SEND_RESET_PASSWORD)
                .client(requestEvent.clientId()).ipAddress(requestEvent.ipAddress()).session(requestEvent.sessionId());
        if (requestEvent.details() != null) {
            requestEvent.details().forEach(event::detail);
        }
        return event.detail(Details.USERNAME, request.typed());
    }

    private static void send(KeycloakSession session, RealmModel realm, UserModel owner, Request request) {
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(owner.getId(), owner.getEmail(),
                Time.currentTime() + lifespan, request.authSessionId(), request.clientId());
        // R-SEC-6: this link voids the older ones; written here, after the answer, for registered users only
        LinkGeneration.of(owner).stamp(token, ResetMail.LINK_PURPOSE);
        // What DefaultActionToken#serialize does, with the issuer of the request instead of its UriInfo.
        token.issuedNow().id(UUID.randomUUID().toString()).issuer(request.issuer()).audience(request.issuer());
        MdriveMail.sendAfterCommit(session, realm, owner, ResetMail.SUBJECT, ResetMail.TEMPLATE,
                Map.of("link", request.link().replace(TOKEN_MARK, session.tokens().encode(token)), "validDays", lifespan / 86_400));
    }

    private static Request read(String payload) {
        try {
            return JsonSerialization.readValue(payload, Request.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
