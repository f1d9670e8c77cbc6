package jp.mdrive.keycloak.core.mail.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.KeycloakSessionTaskWithResult;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import jp.mdrive.keycloak.core.metrics.MdriveMetrics;

/**
 * R-OPS-4: does the outbox's rows, on every node: once {@link OutboxTiming#FIRST_ATTEMPT_DELAY} after
 * the transaction that wrote a row has committed (on the node that wrote it), and at every poll
 * whatever is due (on any node), so a row outlives the node that wrote it and an SMTP outage.
 * <p>
 * Why two nodes never send one mail: a node first <em>claims</em> a row by one conditional UPDATE
 * (pending, due, no live lease → lease and claimant set); the database lets exactly one of two
 * concurrent claims update it. The job then runs in a transaction that locks and deletes the row
 * before doing the work, so the row is gone when its work commits and still there, with the attempt
 * counted, when it fails. Only a node that dies after SMTP took the mail and before its commit makes a
 * second send: its lease expires and another node sends again (at least once, not exactly once,
 * in that window).
 */
final class OutboxWorker {

    static final String TASK_NAME = "mdrive-mail-outbox";

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    /** Rows done per poll and node; more wait for the next poll, so a backlog never holds one thread long. */
    private static final int BATCH = 50;
    private static final long WARN_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final int ERROR_LENGTH = 1000;
    private static final String DUE = "select o.id from MdriveMailOutbox o where o.state = :pending"
            + " and o.nextAttemptAt <= :now and (o.claimedUntil is null or o.claimedUntil < :now) order by o.nextAttemptAt";
    private static final String CLAIM = "update MdriveMailOutbox o set o.claimedUntil = :lease, o.claimant = :node"
            + " where o.id = :id and o.state = :pending and (o.claimedUntil is null or o.claimedUntil < :now)";

    private final KeycloakSessionFactory factory;
    private final OutboxTiming timing;
    private final Executor executor;
    private final String node;
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicLong lastWarning = new AtomicLong();

    OutboxWorker(KeycloakSessionFactory factory, OutboxTiming timing, Executor executor, String node) {
        this.factory = factory;
        this.timing = timing;
        this.executor = executor;
        this.node = node;
    }

    /** The timer's tick: a poll on the mail executor, so that slow SMTP never holds Keycloak's timer thread; skipped while the last poll runs. */
    void tick() {
        if (polling.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    poll();
                } catch (RuntimeException e) {
                    LOG.warn("Mail outbox poll failed; the next one tries again", e);
                } finally {
                    polling.set(false);
                }
            });
        }
    }

    /** The first attempt at a row whose transaction has just committed: it need not wait for a poll. */
    void attemptSoon(String id) {
        CompletableFuture.delayedExecutor(OutboxTiming.FIRST_ATTEMPT_DELAY.toMillis(), TimeUnit.MILLISECONDS, executor)
                .execute(() -> attempt(id, true));
    }

    void poll() {
        long now = Time.currentTimeMillis();
        List<String> due = inTransaction(session -> em(session).createQuery(DUE, String.class)
                .setParameter("pending", OutboxEntity.State.PENDING)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList());
        due.forEach(id -> attempt(id, false));
    }

    /** Claims the row, then does it; a first attempt takes a row not yet tried even before it is due. */
    private void attempt(String id, boolean first) {
        long now = Time.currentTimeMillis();
        long lease = now + timing.lease().toMillis();
        if (!claim(id, first, now, lease)) {
            return;
        }
        try {
            inTransaction(session -> {
                run(session, id, lease);
                return null;
            });
        } catch (RuntimeException e) {
            try {
                inTransaction(session -> {
                    recordFailure(session, id, lease, e);
                    return null;
                });
            } catch (RuntimeException recording) {
                LOG.errorf(recording, "Mail %s failed and its failure could not be recorded; retried once its lease ends", id);
            }
        }
    }

    private boolean claim(String id, boolean first, long now, long lease) {
        String condition = first ? " and o.attempts = 0" : " and o.nextAttemptAt <= :now";
        return inTransaction(session -> em(session).createQuery(CLAIM + condition)
                .setParameter("lease", lease)
                .setParameter("node", node)
                .setParameter("id", id)
                .setParameter("pending", OutboxEntity.State.PENDING)
                .setParameter("now", now)
                .executeUpdate() == 1);
    }

    private void run(KeycloakSession session, String id, long lease) {
        EntityManager em = em(session);
        OutboxEntity row = em.find(OutboxEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !isOurs(row, lease)) {
            return;
        }
        if (row.getAttempts() > 0) {
            MdriveMetrics.mailRetried(row.getKind());
        }
        em.remove(row);
        em.flush();
        RealmModel realm = session.realms().getRealm(row.getRealmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        MailJob job = session.getProvider(MailJob.class, row.getKind());
        if (job == null) {
            throw new IllegalStateException("no mail job of kind " + row.getKind());
        }
        try {
            job.run(session, realm, row.getPayload());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new JobFailed(e);
        }
    }

    /** Our claim still holds: no other node has taken the row over after our lease ran out. */
    private boolean isOurs(OutboxEntity row, long lease) {
        return node.equals(row.getClaimant()) && Long.valueOf(lease).equals(row.getClaimedUntil());
    }

    private void recordFailure(KeycloakSession session, String id, long lease, RuntimeException failure) {
        EntityManager em = em(session);
        OutboxEntity row = em.find(OutboxEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !isOurs(row, lease)) {
            return;
        }
        MdriveMetrics.mailFailed(row.getKind());
        long now = Time.currentTimeMillis();
        Long retryAt = timing.retryAt(now, row.getCreatedAt(), row.getAttempts() + 1);
        row.failed(describe(failure), retryAt);
        if (retryAt == null) {
            GivenUpMail.report(session, row);
        } else {
            warnRetrying(em, row);
        }
    }

    /** At most one WARN a minute per node, however many rows fail: an outage must not flood the log. */
    private void warnRetrying(EntityManager em, OutboxEntity row) {
        long now = Time.currentTimeMillis();
        long last = lastWarning.get();
        if (now >= last && now - last < WARN_EVERY_MILLIS || !lastWarning.compareAndSet(last, now)) {
            LOG.debugf("Mail %s (%s) failed attempt %d: %s", row.getId(), row.getKind(), row.getAttempts(), row.getLastError());
            return;
        }
        long waiting = em.createQuery("select count(o) from MdriveMailOutbox o where o.state = :pending and o.attempts > 0", Long.class)
                .setParameter("pending", OutboxEntity.State.PENDING)
                .getSingleResult();
        LOG.warnf("%d mail(s) waiting to be sent again; mail %s (%s, written %s) failed attempt %d, next at %s: %s",
                waiting, row.getId(), row.getKind(), Instant.ofEpochMilli(row.getCreatedAt()), row.getAttempts(),
                Instant.ofEpochMilli(row.getNextAttemptAt()), row.getLastError());
    }

    /** The failure and its root cause, as SMTP or the database said them. */
    private static String describe(Throwable thrown) {
        Throwable failure = thrown instanceof JobFailed ? thrown.getCause() : thrown;
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (root != failure) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    private <V> V inTransaction(KeycloakSessionTaskWithResult<V> work) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, work);
    }

    /** A job's checked exception on its way out of the transaction. */
    private static final class JobFailed extends RuntimeException {
        JobFailed(Exception cause) {
            super(cause);
        }
    }

    static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
