package jp.mdrive.keycloak.core.code;

import java.util.function.Predicate;

import org.keycloak.models.KeycloakSession;

/**
 * R-SEC-8 and R-PERF-1 for counts of uses that mostly do not count (wrong codes among right ones): a
 * claim is taken in Keycloak's cluster-wide single-use store while its use runs, and only a use that
 * counted is written to the database, so that a right code costs no database write while the cap
 * still holds across nodes, at once, and after a restart of every node. A slot is free when neither
 * store holds it: the memory claim keeps parallel uses apart, the database row keeps the counted ones
 * after memory is gone.
 *
 * @param memory the claims of uses that run, and of counted ones until they expire
 * @param durable where counted uses are written, each in a transaction of its own
 * @param heldInDatabase whether the database holds a key, read without a transaction of its own
 */
public record MemoryFirstSlots(SlotStore memory, SlotStore durable, Predicate<String> heldInDatabase) implements SlotStore {

    public static MemoryFirstSlots of(KeycloakSession session) {
        DurableSlots durable = DurableSlots.of(session);
        return new MemoryFirstSlots(SlotStore.inMemory(session.singleUseObjects()), durable, key -> durable.isHeld(session, key));
    }

    @Override
    public boolean claim(String key, long lifespanSeconds) {
        return !heldInDatabase.test(key) && memory.claim(key, lifespanSeconds);
    }

    /**
     * Writes the counted use. The memory claim stays: a parallel use must not take the slot before
     * the row is committed. Were the row there already (only after memory was lost while a use ran),
     * the use still counts in memory for its day on this cluster.
     */
    @Override
    public void keep(String key, long lifespanSeconds) {
        durable.claim(key, lifespanSeconds);
    }

    @Override
    public void release(String key) {
        memory.release(key);
    }
}
