package jp.mdrive.keycloak.core.code;

import java.sql.SQLException;
import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.TimerProvider;

/**
 * R-OPS-2: slots in the database, so counts stay exact across nodes and survive a restart of the
 * whole cluster. Each claim and each release is a transaction of its own, committed at once, as the
 * single-use store's writes are: a parallel request sees the claim immediately instead of waiting
 * for the claiming request to end (which may be waiting for SMS delivery), and a use counts even
 * when its request fails afterwards.
 * <p>
 * The claim is one insert that takes over an expired row (PostgreSQL's atomic
 * {@code insert … on conflict}). Where the database turns that into a statement that is not atomic
 * (H2's merge), a parallel claim of the same key fails on the primary key instead: it lost the race,
 * so the slot is taken all the same.
 */
public record DurableSlots(KeycloakSessionFactory factory) implements SlotStore {

    /** SQLSTATE class of integrity constraint violations, the same on every database. */
    private static final String CONSTRAINT_VIOLATION = "23";
    private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

    public static DurableSlots of(KeycloakSession session) {
        return new DurableSlots(session.getKeycloakSessionFactory());
    }

    @Override
    public boolean claim(String key, long lifespanSeconds) {
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
                long now = Time.currentTime();
                return entityManager(session).createNamedQuery("mdriveClaimUseSlot").setParameter("key", key)
                        .setParameter("expires", now + lifespanSeconds).setParameter("now", now).executeUpdate() == 1;
            });
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(String key) {
        KeycloakModelUtils.runJobInTransaction(factory, session ->
                entityManager(session).createNamedQuery("mdriveReleaseUseSlot").setParameter("key", key).executeUpdate());
    }

    /** Whether a claim on the key holds, read in the session's own transaction (a read commits nothing). */
    public boolean isHeld(KeycloakSession session, String key) {
        return entityManager(session).createNamedQuery("mdriveUseSlotHeld", Long.class).setParameter("key", key)
                .setParameter("now", (long) Time.currentTime()).getSingleResult() > 0;
    }

    /**
     * Deletes expired slots every hour on every node: the delete is idempotent, so no node needs to
     * be the one that runs it.
     */
    public static void scheduleCleanup(KeycloakSessionFactory factory) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .scheduleTask(DurableSlots::removeExpired, CLEANUP_INTERVAL.toMillis(), "mdrive-use-slot-cleanup"));
    }

    /** Deletes the slots whose time is over, in the session's transaction. */
    static int removeExpired(KeycloakSession session) {
        return entityManager(session).createNamedQuery("mdriveRemoveExpiredUseSlots").setParameter("now", (long) Time.currentTime())
                .executeUpdate();
    }

    private static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
