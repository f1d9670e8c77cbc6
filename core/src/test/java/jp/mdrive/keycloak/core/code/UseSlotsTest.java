package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UseSlotsTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();

    @Test
    @DisplayName("R-SEC-8 fifty slow wrong checks at once against three slots: three run, the others are refused without running")
    void parallelUsesNeverExceedSlots() throws Exception {
        UseSlots slots = new UseSlots(SlotStore.inMemory(store), "wrong-codes", 3, 60);
        SlowWrongChecks checks = SlowWrongChecks.fire(slots, 50);
        assertEquals(3, checks.ran(), "checks that ran");
        assertEquals(47, checks.refused());
    }

    @Test
    @DisplayName("R-SEC-8 a use that does not count gives its slot back: right codes never use up the cap of wrong ones")
    void uncountedUsesGiveBack() {
        UseSlots slots = new UseSlots(SlotStore.inMemory(store), "wrong-codes", 2, 60);
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.of(true), slots.use(() -> true, right -> !right));
        }
        assertTrue(slots.use(() -> false, right -> !right).isPresent());
        assertTrue(slots.use(() -> false, right -> !right).isPresent());
        assertEquals(Optional.empty(), slots.use(() -> true, right -> !right), "past the cap not even a right code is checked");
    }
}
