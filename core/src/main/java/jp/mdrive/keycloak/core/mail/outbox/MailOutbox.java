package jp.mdrive.keycloak.core.mail.outbox;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * R-OPS-4: mail work that survives a crash or an SMTP outage ({@code mdrive-mail-outbox} SPI). A row
 * is written in the transaction at hand, so a rolled-back request leaves none and a committed one
 * always has its row; any node then does it, once.
 */
public interface MailOutbox extends Provider {

    /** Queues work for the {@link MailJob} of that kind; the payload goes to it as JSON. */
    void enqueue(RealmModel realm, String kind, Object payload);

    @Override
    default void close() {
    }
}
