package jp.mdrive.keycloak.core.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;

/**
 * Issues the links of manual 1.5 and 2: by mail (invitation, admin-sent changes, the contractor's
 * own e-mail change) or, for the contractor's own login-method change from the settings menu, as a
 * short-lived link the menu opens at once.
 */
public final class LoginSetupLinks {

    /** The settings menu opens its link straight away; it need not outlive a page load by much. */
    public static final Duration DIRECT_LIFESPAN = Duration.ofMinutes(10);

    private LoginSetupLinks() {
    }

    /** A new link of that purpose; it voids the user's earlier ones of the same purpose (R-SEC-6). */
    public static String url(KeycloakSession session, RealmModel realm, UserModel user, LoginSetupPurpose purpose,
                             String newAddress, Duration lifespan) {
        LoginSetupToken token = new LoginSetupToken(user.getId(), MailLinks.expiresAt(lifespan), purpose, user.getEmail(), newAddress);
        LinkGeneration.of(user).stamp(token, purpose.value());
        return MailLinks.url(session, realm, token);
    }

    /**
     * R-SEC-6: whether a link of that purpose may still change the user: the newest of its purpose,
     * nothing changed since, and an invitation only while the user has no login method.
     */
    public static boolean isCurrent(UserModel user, LoginSetupPurpose purpose, MailLink link) {
        return link.isCurrent(user) && (purpose != LoginSetupPurpose.INVITATION || LoginMethod.of(user).isEmpty());
    }

    /** Spends the link of a setup that is about to change the user, if it still may. */
    public static MailLink.Spending spend(KeycloakSession session, UserModel user, LoginSetupPurpose purpose, MailLink link) {
        return isCurrent(user, purpose, link) ? link.spend(session, user) : MailLink.Spending.VOID;
    }

    /**
     * Mails the link of that purpose, valid 14 days: to the new address for an e-mail change (it is
     * proven there before it becomes the user's), else to the user's own.
     */
    public static void mail(KeycloakSession session, RealmModel realm, UserModel user, LoginSetupPurpose purpose,
                            String newAddress, Map<String, Object> attributes) {
        Map<String, Object> body = new HashMap<>(attributes);
        body.put("link", url(session, realm, user, purpose, newAddress, MailLinks.DEFAULT_LIFESPAN));
        body.put("validDays", MailLinks.DEFAULT_LIFESPAN.toDays());
        MdriveMail.sendAfterCommit(session, realm, user, purpose == LoginSetupPurpose.EMAIL_CHANGE ? newAddress : null,
                purpose.mailSubject(), purpose.mailTemplate(), body);
    }
}
