package jp.mdrive.keycloak.core.mail;

import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.mail.outbox.MailOutbox;

/**
 * Sends an M-Drive mail (a template of the realm's email theme) once the transaction at hand has
 * committed: it is written to the mail outbox in that transaction (R-OPS-4), so a rolled-back request
 * sends nothing, and a committed one's mail is sent even if this node dies or SMTP is down for a
 * while. The request never waits for SMTP. The mail is in the user's language, else the realm's,
 * never that of whoever made the request.
 */
public final class MdriveMail {

    private MdriveMail() {
    }

    public static void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String subjectKey,
                                       String template, Map<String, Object> attributes) {
        sendAfterCommit(session, realm, user, null, subjectKey, template, attributes);
    }

    /**
     * As above, to {@code address} instead of the user's own: an e-mail change is confirmed at the
     * new address before it becomes the user's.
     */
    public static void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String address,
                                       String subjectKey, String template, Map<String, Object> attributes) {
        session.getProvider(MailOutbox.class).enqueue(realm, TemplateMailJob.KIND,
                new TemplateMailJob.Mail(user.getId(), address, subjectKey, template, attributes));
    }
}
