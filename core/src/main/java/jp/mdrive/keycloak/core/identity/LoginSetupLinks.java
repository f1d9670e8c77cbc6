package jp.mdrive.keycloak.core.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.mail.MdriveMail;
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

    public static String url(KeycloakSession session, RealmModel realm, UserModel user, LoginSetupPurpose purpose,
                             String newAddress, Duration lifespan) {
        LoginSetupToken token = new LoginSetupToken(user.getId(), MailLinks.expiresAt(lifespan), purpose, user.getEmail(), newAddress);
        return MailLinks.url(session, realm, token);
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
