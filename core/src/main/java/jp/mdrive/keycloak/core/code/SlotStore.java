package jp.mdrive.keycloak.core.code;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Where {@link UseSlots} keep their claims: an atomic claim of a key for a while, cluster-wide.
 * Claims that must outlive a restart of every node (a day's SMS, mail throttles) are
 * {@link DurableSlots} in the database, and a day's wrong codes {@link MemoryFirstSlots} (in memory
 * while checked, in the database once wrong); those that live no longer than an authentication
 * session (the tries of one code, a resend cooldown) stay in Keycloak's single-use store, which
 * keeps them in memory only.
 */
public interface SlotStore {

    /** Claims the key for the lifespan; false when a claim on it still holds. */
    boolean claim(String key, long lifespanSeconds);

    /** Gives a claim back, so the key can be claimed again at once. */
    void release(String key);

    /**
     * Makes a claim whose use counted as lasting as the store's claims are meant to be: a no-op where
     * every claim already is ({@link MemoryFirstSlots} holds a claim in memory until its use counted).
     */
    default void keep(String key, long lifespanSeconds) {
    }

    static SlotStore inMemory(SingleUseObjectProvider store) {
        return new SlotStore() {
            @Override
            public boolean claim(String key, long lifespanSeconds) {
                return store.putIfAbsent(key, lifespanSeconds);
            }

            @Override
            public void release(String key) {
                store.remove(key);
            }
        };
    }
}
