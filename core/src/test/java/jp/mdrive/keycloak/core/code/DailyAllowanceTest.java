package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;

class DailyAllowanceTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();

    @AfterEach
    void realTime() {
        Time.setOffset(0);
    }

    @Test
    @DisplayName("R-2SV-3 a subject gets exactly its uses per day; another subject has its own")
    void capPerSubject() {
        DailyAllowance allowance = new DailyAllowance(SlotStore.inMemory(store), "sms", 3);
        assertEquals(List.of(true, true, true, false), takes(allowance, "+819012345678", 4));
        assertTrue(allowance.take("+819087654321"));
        assertTrue(store.entries.keySet().stream().noneMatch(key -> key.contains("9012345678")), "subjects are hashed");
    }

    @Test
    @DisplayName("R-2SV-3 the next day (Japan time) starts afresh")
    void nextDay() {
        DailyAllowance allowance = new DailyAllowance(SlotStore.inMemory(store), "sms", 1);
        assertEquals(List.of(true, false), takes(allowance, "user", 2));
        Time.setOffset(24 * 3600);
        assertTrue(allowance.take("user"));
    }

    @Test
    @DisplayName("R-SEC-8 a use given back can be taken again, and only once")
    void givenBack() {
        DailyAllowance allowance = new DailyAllowance(SlotStore.inMemory(store), "wrong-codes", 2);
        UseSlots today = allowance.today("user");
        int first = today.take().getAsInt();
        assertEquals(List.of(true, false), takes(allowance, "user", 2));
        today.giveBack(first);
        assertEquals(List.of(true, false), takes(allowance, "user", 2));
    }

    @Test
    @DisplayName("R-2SV-3 R-SEC-8 concurrent requests never share a use: 100 at once against a cap of 10 get exactly 10")
    void concurrent() throws Exception {
        DailyAllowance allowance = new DailyAllowance(SlotStore.inMemory(store), "sms", 10);
        Callable<Boolean> take = () -> allowance.take("user");
        List<Boolean> granted = AtOnce.run(Collections.nCopies(100, take));
        assertEquals(10, granted.stream().filter(Boolean::booleanValue).count());
    }

    /** What that many takes for the subject, one after the other, were answered. */
    private static List<Boolean> takes(DailyAllowance allowance, String subject, int times) {
        return IntStream.range(0, times).mapToObj(take -> allowance.take(subject)).toList();
    }
}
