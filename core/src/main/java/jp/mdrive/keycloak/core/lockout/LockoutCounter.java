package jp.mdrive.keycloak.core.lockout;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * R-LOCK-1/R-LOCK-5: consecutive wrong passwords per user, counted exactly. Every change is one
 * atomic UPDATE in a short transaction of its own: the database row lock orders concurrent attempts
 * on every node, so each attempt sees its own count, exactly one attempt reaches the threshold, and
 * a right password cannot clear a lock that a concurrent attempt has just set.
 */
public final class LockoutCounter {

    private static final Logger LOG = Logger.getLogger(LockoutCounter.class);

    /** Two concurrent first failures both try to insert the row; the loser retries as an update. */
    private static final int ATTEMPTS = 3;

    private final KeycloakSession session;

    public LockoutCounter(KeycloakSession session) {
        this.session = session;
    }

    /** The count and lock as they stand; a plain read in the request's own transaction. */
    public FailureCount read(UserModel user) {
        return find(session.getProvider(JpaConnectionProvider.class).getEntityManager(), user)
                .map(row -> new FailureCount(row.getFailures(), row.getLockedAt()))
                .orElse(FailureCount.NONE);
    }

    /** Counts one wrong password; the attempt that locks also shows the lock on the user ({@link LockAttributes}). */
    public FailureOutcome recordFailure(RealmModel realm, UserModel user, int threshold) {
        FailureOutcome outcome = countFailure(realm, user, threshold);
        if (outcome.lockedNow()) {
            LockAttributes.set(user, outcome.failures(), outcome.lockedAt());
        }
        return outcome;
    }

    private FailureOutcome countFailure(RealmModel realm, UserModel user, int threshold) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inOwnTransaction(em -> increment(em, realm, user, threshold));
            } catch (PersistenceException | ModelException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.debugf("Concurrent first failure for user %s, counting again", user.getId());
            }
        }
    }

    /** A right password clears the count, unless the account is locked: then it returns false. */
    public boolean clearUnlessLocked(UserModel user) {
        return inOwnTransaction(em -> {
            em.createQuery("update MdriveLoginFailure f set f.failures = 0 where f.userId = :userId and f.lockedAt is null")
                    .setParameter("userId", user.getId())
                    .executeUpdate();
            return find(em, user).map(LoginFailureEntity::getLockedAt).isEmpty();
        });
    }

    /**
     * Lifts the lock that was set at {@code lockedAt} (an unblock link names the lock it was sent
     * for, so a link from an earlier lock cannot lift a later one). Returns whether it did.
     */
    public boolean unlock(UserModel user, long lockedAt) {
        boolean lifted = inOwnTransaction(em -> em.createQuery(
                        "delete from MdriveLoginFailure f where f.userId = :userId and f.lockedAt = :lockedAt")
                .setParameter("userId", user.getId())
                .setParameter("lockedAt", lockedAt)
                .executeUpdate() == 1);
        if (lifted) {
            LockAttributes.clear(user);
        }
        return lifted;
    }

    /** Forgets the user's failures and any lock (a password reset). Returns whether it was locked. */
    public boolean unlock(UserModel user) {
        boolean locked = inOwnTransaction(em -> {
            boolean wasLocked = find(em, user).map(LoginFailureEntity::getLockedAt).isPresent();
            em.createQuery("delete from MdriveLoginFailure f where f.userId = :userId")
                    .setParameter("userId", user.getId())
                    .executeUpdate();
            return wasLocked;
        });
        if (locked) {
            LockAttributes.clear(user);
        }
        return locked;
    }

    /** The realm's locked accounts, oldest lock first, one page of them; a plain read in the request's transaction. */
    public List<Lock> locked(RealmModel realm, int first, int max) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select f from MdriveLoginFailure f where f.realmId = :realmId and f.lockedAt is not null"
                        + " order by f.lockedAt, f.userId", LoginFailureEntity.class)
                .setParameter("realmId", realm.getId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new Lock(row.getUserId(), row.getFailures(), row.getLockedAt()))
                .toList();
    }

    private static FailureOutcome increment(EntityManager em, RealmModel realm, UserModel user, int threshold) {
        int updated = em.createQuery("update MdriveLoginFailure f set f.failures = f.failures + 1 where f.userId = :userId")
                .setParameter("userId", user.getId())
                .executeUpdate();
        if (updated == 0) {
            em.persist(new LoginFailureEntity(realm.getId(), user.getId()));
            em.flush();
        }
        LoginFailureEntity row = find(em, user).orElseThrow();
        if (row.getLockedAt() != null || row.getFailures() < threshold) {
            return new FailureOutcome(row.getFailures(), row.getLockedAt(), false);
        }
        long now = Time.currentTimeMillis();
        em.createQuery("update MdriveLoginFailure f set f.lockedAt = :now where f.userId = :userId")
                .setParameter("now", now)
                .setParameter("userId", user.getId())
                .executeUpdate();
        return new FailureOutcome(row.getFailures(), now, true);
    }

    private static Optional<LoginFailureEntity> find(EntityManager em, UserModel user) {
        return em.createQuery("select f from MdriveLoginFailure f where f.userId = :userId", LoginFailureEntity.class)
                .setParameter("userId", user.getId())
                .getResultStream()
                .findFirst();
    }

    private <T> T inOwnTransaction(Function<EntityManager, T> work) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                s -> work.apply(s.getProvider(JpaConnectionProvider.class).getEntityManager()));
    }
}
