package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UseSlotsTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();

    @Test
    @DisplayName("R-SEC-8 fifty slow wrong checks at once against three slots: three run, the others are refused without running")
    void parallelUsesNeverExceedSlots() throws Exception {
        UseSlots slots = new UseSlots(SlotStore.inMemory(store), "wrong-codes", 3, 60);
        AtomicInteger ran = new AtomicInteger();
        Callable<Optional<Boolean>> wrongCheck = () -> slots.use(() -> {
            ran.incrementAndGet();
            sleep();
            return false;
        }, right -> !right);

        List<Optional<Boolean>> outcomes = AtOnce.run(Collections.nCopies(50, wrongCheck));
        assertEquals(3, ran.get(), "checks that ran");
        assertEquals(47, outcomes.stream().filter(Optional::isEmpty).count());
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

    /** A check that takes a while, so that parallel checks overlap as a slow request's do. */
    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
