package jp.mdrive.keycloak.core.mail.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxTimingTest {

    private static final long CREATED = 1_000_000L;
    private static final OutboxTiming DEFAULTS = new OutboxTiming(Duration.ofSeconds(10), Duration.ofSeconds(120),
            Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(24));

    private static long waitAfter(int failures) {
        long now = CREATED + 5_000;
        return DEFAULTS.retryAt(now, CREATED, failures) - now;
    }

    @Test
    @DisplayName("R-OPS-4 retries wait 30 s, then twice as long after each failure")
    void backsOffExponentially() {
        assertEquals(30_000, waitAfter(1));
        assertEquals(60_000, waitAfter(2));
        assertEquals(120_000, waitAfter(3));
        assertEquals(480_000, waitAfter(5));
    }

    @Test
    @DisplayName("R-OPS-4 no wait between retries is longer than the cap of 10 minutes, however many failures")
    void capsTheWait() {
        assertEquals(600_000, waitAfter(6));
        assertEquals(600_000, waitAfter(1_000));
    }

    @Test
    @DisplayName("R-OPS-4 a failure a day after the mail was written is the last: the row is given up")
    void givesUpAfterADay() {
        long day = Duration.ofHours(24).toMillis();
        assertEquals(CREATED + day - 1 + 600_000, DEFAULTS.retryAt(CREATED + day - 1, CREATED, 40));
        assertNull(DEFAULTS.retryAt(CREATED + day, CREATED, 40));
        assertNull(DEFAULTS.retryAt(CREATED + day, CREATED, 1), "even when it was never tried before");
    }

    @Test
    @DisplayName("R-OPS-4 a zero or negative time in the server options is refused at start")
    void refusesNonPositiveTimes() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxTiming(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new OutboxTiming(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    }
}
