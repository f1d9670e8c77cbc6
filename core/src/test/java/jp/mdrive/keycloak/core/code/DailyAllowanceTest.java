package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

class DailyAllowanceTest {

    /** Keycloak's single-use store as far as put-if-absent goes: atomic per key. */
    private static final class Store implements SingleUseObjectProvider {
        final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            entries.put(key, notes);
        }

        @Override
        public Map<String, String> get(String key) {
            return entries.get(key);
        }

        @Override
        public Map<String, String> remove(String key) {
            return entries.remove(key);
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            return entries.replace(key, notes) != null;
        }

        @Override
        public boolean putIfAbsent(String key, long lifespanInSeconds) {
            return entries.putIfAbsent(key, new HashMap<>()) == null;
        }

        @Override
        public boolean contains(String key) {
            return entries.containsKey(key);
        }

        @Override
        public void close() {
        }
    }

    private final Store store = new Store();

    @AfterEach
    void realTime() {
        Time.setOffset(0);
    }

    @Test
    @DisplayName("R-2SV-3 a subject gets exactly its uses per day; another subject has its own")
    void capPerSubject() {
        DailyAllowance allowance = new DailyAllowance(store, "sms", 3);
        assertTrue(allowance.take("+819012345678"));
        assertTrue(allowance.take("+819012345678"));
        assertFalse(allowance.exhausted("+819012345678"));
        assertTrue(allowance.take("+819012345678"));
        assertTrue(allowance.exhausted("+819012345678"));
        assertFalse(allowance.take("+819012345678"));
        assertTrue(allowance.take("+819087654321"));
        assertTrue(store.entries.keySet().stream().noneMatch(key -> key.contains("9012345678")), "subjects are hashed");
    }

    @Test
    @DisplayName("R-2SV-3 the next day (Japan time) starts afresh")
    void nextDay() {
        DailyAllowance allowance = new DailyAllowance(store, "sms", 1);
        assertTrue(allowance.take("user"));
        assertFalse(allowance.take("user"));
        Time.setOffset(24 * 3600);
        assertTrue(allowance.take("user"));
    }

    @Test
    @DisplayName("R-2SV-3 concurrent requests never share a use: 100 at once against a cap of 10 get exactly 10")
    void concurrent() throws Exception {
        DailyAllowance allowance = new DailyAllowance(store, "sms", 10);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var results = IntStream.range(0, 100).mapToObj(i -> pool.submit(() -> allowance.take("user"))).toList();
            int granted = 0;
            for (Future<Boolean> result : results) {
                granted += result.get() ? 1 : 0;
            }
            assertEquals(10, granted);
        } finally {
            pool.shutdown();
        }
    }
}
