package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jp.mdrive.keycloak.core.code.MailThrottle.Verdict;
import jp.mdrive.keycloak.core.time.JapanCalendar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

class MailThrottleTest {

    /** Keycloak's single-use store as far as the throttle uses it: atomic put-if-absent, entries expire on Keycloak's clock. */
    private static final class ExpiringStore implements SingleUseObjectProvider {
        final Map<String, Long> expiries = new ConcurrentHashMap<>();

        @Override
        public boolean putIfAbsent(String key, long lifespanInSeconds) {
            long now = Time.currentTime();
            boolean[] claimed = {false};
            expiries.compute(key, (k, expiry) -> {
                if (expiry != null && expiry > now) {
                    return expiry;
                }
                claimed[0] = true;
                return now + lifespanInSeconds;
            });
            return claimed[0];
        }

        @Override
        public boolean contains(String key) {
            Long expiry = expiries.get(key);
            return expiry != null && expiry > Time.currentTime();
        }

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> get(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> remove(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final ExpiringStore store = new ExpiringStore();
    private final MailThrottle throttle = new MailThrottle(SlotStore.inMemory(store), "reset", FIVE_MINUTES, 5);

    /** Japan noon, so that half an hour later is still the same Japan day. */
    @BeforeEach
    void japanNoon() {
        ZonedDateTime noon = ZonedDateTime.now(JapanCalendar.ZONE).plusDays(1).withHour(12).withMinute(0).withSecond(0);
        Time.setOffset((int) (noon.toEpochSecond() - System.currentTimeMillis() / 1000));
    }

    @AfterEach
    void realTime() {
        Time.setOffset(0);
    }

    private void later(int seconds) {
        Time.setOffset(Time.getOffset() + seconds);
    }

    @Test
    @DisplayName("R-SEC-7 one mail per address per 5 minutes; another address is not held back")
    void quietPeriod() {
        assertEquals(Verdict.SEND, throttle.take("taro@example.jp"));
        assertEquals(Verdict.QUIET_PERIOD, throttle.take("taro@example.jp"));
        assertEquals(Verdict.QUIET_PERIOD, throttle.take(" Taro@Example.JP "), "the same address however typed");
        assertEquals(Verdict.SEND, throttle.take("hanako@example.jp"));
        later(299);
        assertEquals(Verdict.QUIET_PERIOD, throttle.take("taro@example.jp"));
        later(2);
        assertEquals(Verdict.SEND, throttle.take("taro@example.jp"));
        assertTrue(store.expiries.keySet().stream().noneMatch(key -> key.contains("taro")), "addresses are hashed");
    }

    @Test
    @DisplayName("R-SEC-7 five mails per address per Japan day; refusals in the quiet period do not use any up; the next day starts afresh")
    void dailyCap() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Verdict.SEND, throttle.take("taro@example.jp"), "mail " + (i + 1));
            assertEquals(Verdict.QUIET_PERIOD, throttle.take("taro@example.jp"));
            later(301);
        }
        assertEquals(Verdict.DAILY_CAP, throttle.take("taro@example.jp"), "the sixth of the day");
        later(301);
        assertEquals(Verdict.DAILY_CAP, throttle.take("taro@example.jp"));
        assertEquals(Verdict.SEND, throttle.take("hanako@example.jp"));
        later(24 * 3600);
        assertEquals(Verdict.SEND, throttle.take("taro@example.jp"));
    }

    @Test
    @DisplayName("R-SEC-7 fifty requests at once for one address let exactly one mail through")
    void concurrent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var results = IntStream.range(0, 50).mapToObj(i -> pool.submit(() -> throttle.take("taro@example.jp"))).toList();
            int sent = 0;
            for (Future<Verdict> result : results) {
                sent += result.get() == Verdict.SEND ? 1 : 0;
            }
            assertEquals(1, sent);
        } finally {
            pool.shutdown();
        }
    }
}
