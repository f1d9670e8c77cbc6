package jp.mdrive.keycloak.core.twostep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LastSignInTest {

    private static final long DAY = 24 * 60 * 60;
    private static final long NOW = 1_800_000_000L;

    @Test
    @DisplayName("R-PERF-1 a sign-in within a day of the stored one leaves the attribute alone")
    void sameDayIsNoWrite() {
        assertFalse(LastSignIn.needsWrite(Long.toString(NOW - DAY + 1), NOW));
        assertFalse(LastSignIn.needsWrite(Long.toString(NOW), NOW));
    }

    @Test
    @DisplayName("R-2SV-1 a day after the stored sign-in the attribute moves, so the 30 days count from at most a day back")
    void aDayLaterIsWritten() {
        assertTrue(LastSignIn.needsWrite(Long.toString(NOW - DAY), NOW));
        assertTrue(LastSignIn.needsWrite(Long.toString(NOW - 31 * DAY), NOW));
    }

    @Test
    @DisplayName("R-2SV-1 a missing, unreadable or future value is written afresh")
    void missingUnreadableOrFutureIsWritten() {
        assertTrue(LastSignIn.needsWrite(null, NOW));
        assertTrue(LastSignIn.needsWrite("yesterday", NOW));
        assertTrue(LastSignIn.needsWrite(Long.toString(NOW + DAY), NOW));
    }
}
