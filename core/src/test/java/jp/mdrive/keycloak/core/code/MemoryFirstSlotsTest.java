package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoryFirstSlotsTest {

    /** Stands in for the database table: it keeps what is written to it across "restarts". */
    private final InMemorySingleUseStore database = new InMemorySingleUseStore();

    private UseSlots slotsAfterStart(int uses) {
        MemoryFirstSlots store = new MemoryFirstSlots(SlotStore.inMemory(new InMemorySingleUseStore()), SlotStore.inMemory(database),
                database::contains);
        return new UseSlots(store, "wrong-codes", uses, 60);
    }

    @Test
    @DisplayName("R-PERF-1 right codes write nothing to the database; each wrong one is written once")
    void onlyCountedUsesReachTheDatabase() {
        UseSlots slots = slotsAfterStart(3);
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.of(true), slots.use(() -> true, right -> !right));
        }
        assertFalse(database.contains("wrong-codes:1"), "a right code wrote a row");
        assertTrue(slots.use(() -> false, right -> !right).isPresent());
        assertTrue(database.contains("wrong-codes:1"));
        assertFalse(database.contains("wrong-codes:2"));
    }

    @Test
    @DisplayName("R-SEC-8 fifty slow wrong checks at once against three slots: three run, three rows, the others refused unchecked")
    void parallelUsesNeverExceedSlots() throws Exception {
        UseSlots slots = slotsAfterStart(3);
        SlowWrongChecks checks = SlowWrongChecks.fire(slots, 50);
        assertEquals(3, checks.ran(), "checks that ran");
        assertEquals(47, checks.refused());
        for (int slot = 1; slot <= 3; slot++) {
            assertTrue(database.contains("wrong-codes:" + slot));
        }
    }

    @Test
    @DisplayName("R-SEC-8 R-OPS-2 wrong codes counted before a restart of every node still count: memory is empty, the cap holds")
    void countedUsesOutliveMemory() {
        UseSlots before = slotsAfterStart(2);
        before.use(() -> false, right -> !right);

        UseSlots after = slotsAfterStart(2);
        assertTrue(after.use(() -> false, right -> !right).isPresent(), "the second wrong code of the day");
        assertEquals(Optional.empty(), after.use(() -> true, right -> !right), "past the cap not even a right code is checked");
    }
}
