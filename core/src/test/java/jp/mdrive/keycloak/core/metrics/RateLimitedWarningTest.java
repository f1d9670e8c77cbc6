package jp.mdrive.keycloak.core.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateLimitedWarningTest {

    @Test
    @DisplayName("R-OPS-7 a warning anyone can cause is written at most once a minute")
    void oncePerInterval() {
        AtomicLong now = new AtomicLong(1_000_000);
        RateLimitedWarning warning = new RateLimitedWarning(Logger.getLogger(getClass()), Duration.ofMinutes(1), now::get);
        assertTrue(warning.warn("first"), "the first one is written at once");
        for (int i = 0; i < 100; i++) {
            now.addAndGet(500);
            assertFalse(warning.warn("again"));
        }
        now.addAndGet(10_000);
        assertTrue(warning.warn("a minute later"));
        assertFalse(warning.warn("right after"));
    }
}
