package jp.mdrive.keycloak.core.mail.outbox;

import java.time.Instant;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * R-OPS-4: a mail the outbox gave up on is told to operators twice: an ERROR line in the log and a
 * stored Keycloak event of the realm (admin console, events API). The event is Keycloak's own
 * {@code EXECUTE_ACTIONS_ERROR} with {@code email_send_failed}, the type Keycloak gives a mailed
 * link for the user that could not be sent, plus which mail it was; never the link.
 */
public final class GivenUpMail {

    /** Event detail: the row's kind ({@link MailJob} provider id). */
    public static final String KIND = "mdrive_mail_kind";
    /** Event detail: the mail's template, where the job knows it. */
    public static final String TEMPLATE = "mdrive_mail_template";
    /** Event detail: the outbox row, to find it in the table. */
    public static final String ROW = "mdrive_mail_id";

    private static final Logger LOG = Logger.getLogger(GivenUpMail.class);

    private GivenUpMail() {
    }

    static void report(KeycloakSession session, OutboxEntity row) {
        LOG.errorf("Mail %s (%s) given up after %d attempts since %s, left as FAILED in MDRIVE_MAIL_OUTBOX: %s",
                row.getId(), row.getKind(), row.getAttempts(), Instant.ofEpochMilli(row.getCreatedAt()), row.getLastError());
        RealmModel realm = session.realms().getRealm(row.getRealmId());
        if (realm == null) {
            return;
        }
        EventBuilder event = new EventBuilder(realm, session).event(EventType.EXECUTE_ACTIONS)
                .detail(KIND, row.getKind())
                .detail(ROW, row.getId())
                .detail(Details.REASON, row.getLastError());
        MailJob job = session.getProvider(MailJob.class, row.getKind());
        if (job != null) {
            try {
                job.describe(event, row.getPayload());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Mail %s: its payload does not say which mail it was", row.getId());
            }
        }
        event.error(Errors.EMAIL_SEND_FAILED);
    }
}
