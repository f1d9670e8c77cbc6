package jp.mdrive.keycloak.core.mail.outbox;

import java.time.Duration;

/**
 * The outbox's times, from the server options of {@link DefaultMailOutboxFactory}.
 *
 * @param pollInterval how often every node looks for rows that are due
 * @param lease how long a claim keeps other nodes off a row; longer than the slowest SMTP send
 * @param firstRetry the wait after the first failure, doubled after each further one
 * @param maxRetry the longest wait between two attempts
 * @param giveUp after this long since the row was written, a failure is the last: the row turns FAILED
 */
record OutboxTiming(Duration pollInterval, Duration lease, Duration firstRetry, Duration maxRetry, Duration giveUp) {

    /**
     * R-SEC-7: rendering and sending cost CPU; started at once it would overlap the answer of the
     * request that asked for the mail and slow exactly those answers that sent one (a password reset
     * for a registered address). Started this long after the commit, it falls on whatever runs then.
     */
    static final Duration FIRST_ATTEMPT_DELAY = Duration.ofSeconds(1);

    OutboxTiming {
        for (Duration each : new Duration[] {pollInterval, lease, firstRetry, maxRetry, giveUp}) {
            if (each.isNegative() || each.isZero()) {
                throw new IllegalArgumentException("mail outbox times must be positive, not " + each);
            }
        }
    }

    /** When to try a row again after its {@code failures}-th failure at {@code now}; null once it is given up. */
    Long retryAt(long now, long createdAt, int failures) {
        if (now - createdAt >= giveUp.toMillis()) {
            return null;
        }
        long wait = firstRetry.toMillis();
        for (int i = 1; i < failures && wait < maxRetry.toMillis(); i++) {
            wait *= 2;
        }
        return now + Math.min(wait, maxRetry.toMillis());
    }
}
