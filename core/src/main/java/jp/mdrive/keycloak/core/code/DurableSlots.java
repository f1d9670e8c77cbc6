package jp.mdrive.keycloak.core.code;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * R-OPS-2: slots in the database, in the request's transaction. The insert-or-take-over-if-expired
 * is one atomic statement; a second request after the same slot waits for the first one's
 * transaction and then finds the slot taken (or free again, when the first gave it back or rolled
 * back). So counts stay exact across nodes and survive a restart of the whole cluster, and a use
 * that fails with its request is not counted.
 */
public record DurableSlots(EntityManager entityManager) implements SlotStore {

    public static DurableSlots of(KeycloakSession session) {
        return new DurableSlots(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    @Override
    public boolean claim(String key, long lifespanSeconds) {
        long now = Time.currentTime();
        return entityManager.createNamedQuery("mdriveClaimUseSlot").setParameter("key", key)
                .setParameter("expires", now + lifespanSeconds).setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public void release(String key) {
        entityManager.createNamedQuery("mdriveReleaseUseSlot").setParameter("key", key).executeUpdate();
    }

    /** Deletes the slots whose time is over; any node may run it, as often as it likes. */
    public int removeExpired() {
        return entityManager.createNamedQuery("mdriveRemoveExpiredUseSlots").setParameter("now", (long) Time.currentTime()).executeUpdate();
    }
}
