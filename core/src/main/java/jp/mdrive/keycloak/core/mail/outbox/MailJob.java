package jp.mdrive.keycloak.core.mail.outbox;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * One kind of outbox row ({@code mdrive-mail-job} SPI; the provider id is the row's kind): what to
 * do with its payload once a node has claimed it. Runs in a transaction of its own that also deletes
 * the row, so whatever it writes commits exactly when the row is gone.
 */
public interface MailJob extends Provider {

    /**
     * Does the work. Throws when it should be tried again later (SMTP refused, database trouble):
     * the transaction rolls back and the row stays for the retry.
     */
    void run(KeycloakSession session, RealmModel realm, String payload) throws Exception;

    /**
     * Says on the event recorded when the outbox gives up which mail it was (user, template):
     * never the link or anything else secret from the payload.
     */
    void describe(EventBuilder event, String payload);

    @Override
    default void close() {
    }
}
