package jp.mdrive.keycloak.core.code;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * R-SEC-8: a fixed number of uses of one thing (tries of a code, SMS of a day, a code's single
 * acceptance), each a numbered slot of a cluster-wide {@link SlotStore}. A use claims the lowest
 * free slot with an atomic claim, so requests in parallel, on any node and within one
 * authentication session (whose notes are not safe against parallel writes), never share a slot and
 * never exceed the number. The one counting mechanism of the bundle for bounds an attacker pushes on.
 *
 * @param key names the thing counted; no cache key should carry a phone number, user or session ID
 *     in the clear, as operators can list them
 * @param lifespanSeconds how long a taken slot stays taken: at least as long as the thing counted lives
 */
public record UseSlots(SlotStore store, String key, int uses, long lifespanSeconds) {

    public UseSlots {
        lifespanSeconds = Math.max(1, lifespanSeconds);
    }

    /** Takes a use: the number of the slot claimed (1 … uses), or empty when every slot is taken. */
    public OptionalInt take() {
        for (int slot = 1; slot <= uses; slot++) {
            if (store.claim(key + ":" + slot, lifespanSeconds)) {
                return OptionalInt.of(slot);
            }
        }
        return OptionalInt.empty();
    }

    /** Gives a taken slot back, for a use that turned out not to count; it is the next one taken. */
    public void giveBack(int slot) {
        store.release(key + ":" + slot);
    }

    /**
     * Runs a use with a slot taken first, so that no more uses run at once than slots are left, and
     * gives the slot back when the outcome does not count (a right code, say). Empty, and nothing
     * run, when every slot is taken.
     */
    public <R> Optional<R> use(Supplier<R> use, Predicate<R> counts) {
        OptionalInt slot = take();
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        R outcome = use.get();
        if (counts.test(outcome)) {
            store.keep(key + ":" + slot.getAsInt(), lifespanSeconds);
        } else {
            giveBack(slot.getAsInt());
        }
        return Optional.of(outcome);
    }

    /** How many uses are left after the use of that slot, when uses are taken one after the other. */
    public int leftAfter(int slot) {
        return uses - slot;
    }
}
