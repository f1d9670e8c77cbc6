package jp.mdrive.keycloak.eventlisteners.lockout;

import java.time.Duration;
import java.util.Map;

import jp.mdrive.keycloak.core.lockout.LockoutEvents;
import jp.mdrive.keycloak.core.lockout.UnlockAccountActionToken;
import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.maillink.MailLinks;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * R-LOCK-2: mails 【M-Drive】アカウントロック with an unblock link when our lockout locks an account.
 * The lock event is sent by exactly one login attempt per lock, so there is exactly one mail.
 */
record LockoutMailEventListener(KeycloakSession session, Duration linkLifespan) implements EventListenerProvider {

    static final String SUBJECT = "mdrive.mail.accountLocked.subject";
    static final String TEMPLATE = "mdrive-account-locked.ftl";

    private static final Logger LOG = Logger.getLogger(LockoutMailEventListener.class);

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT || event.getDetails() == null
                || !LockoutEvents.REASON.equals(event.getDetails().get(Details.REASON))) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = session.users().getUserById(realm, event.getUserId());
        if (user == null || user.getEmail() == null) {
            LOG.warnf("Account %s locked but has no e-mail address for the unblock link", event.getUserId());
            return;
        }
        long lockedAt = Long.parseLong(event.getDetails().get(LockoutEvents.LOCKED_AT));
        UnlockAccountActionToken token = new UnlockAccountActionToken(user.getId(), MailLinks.expiresAt(linkLifespan), lockedAt);
        LinkGeneration.of(user).stamp(token, UnlockAccountActionToken.LINK_PURPOSE);
        String link = MailLinks.url(session, realm, token);
        MdriveMail.sendAfterCommit(session, realm, user, SUBJECT, TEMPLATE,
                Map.of("link", link, "validDays", linkLifespan.toDays()));
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
