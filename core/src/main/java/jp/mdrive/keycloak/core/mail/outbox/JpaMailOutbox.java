package jp.mdrive.keycloak.core.mail.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.common.util.Time;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

/** Writes rows through the session's own EntityManager, so they commit or roll back with the request. */
final class JpaMailOutbox implements MailOutbox {

    private final KeycloakSession session;
    private final OutboxWorker worker;

    JpaMailOutbox(KeycloakSession session, OutboxWorker worker) {
        this.session = session;
        this.worker = worker;
    }

    @Override
    public void enqueue(RealmModel realm, String kind, Object payload) {
        if (session.getKeycloakSessionFactory().getProviderFactory(MailJob.class, kind) == null) {
            throw new IllegalArgumentException("no mail job of kind " + kind);
        }
        long now = Time.currentTimeMillis();
        // a poll leaves the row to the first attempt below, which comes this much after the commit
        OutboxEntity row = new OutboxEntity(KeycloakModelUtils.generateId(), realm.getId(), kind, json(payload),
                now, now + OutboxTiming.FIRST_ATTEMPT_DELAY.toMillis());
        OutboxWorker.em(session).persist(row);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                worker.attemptSoon(row.getId());
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    private static String json(Object payload) {
        try {
            return JsonSerialization.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
