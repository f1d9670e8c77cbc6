package jp.mdrive.keycloak.core.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

/**
 * A WARN that anyone on the internet can cause, written at most once per interval per node, with how
 * many were left out since the last one: the log cannot be flooded, and the count of every occurrence
 * lives in a meter ({@link MdriveMetrics}). The timestamp is node-local on purpose: it throttles this
 * node's log, not anybody's business state.
 */
public final class RateLimitedWarning {

    private final Logger log;
    private final long intervalMillis;
    private final LongSupplier clock;
    private final AtomicLong lastWritten;
    private final AtomicLong leftOut = new AtomicLong();

    public RateLimitedWarning(Logger log, Duration interval) {
        this(log, interval, System::currentTimeMillis);
    }

    RateLimitedWarning(Logger log, Duration interval, LongSupplier clock) {
        this.log = log;
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
        this.lastWritten = new AtomicLong(clock.getAsLong() - intervalMillis);
    }

    /** Writes the line unless one was written within the interval; returns whether it did. */
    public boolean warn(String message) {
        long now = clock.getAsLong();
        long last = lastWritten.get();
        if (now - last < intervalMillis || !lastWritten.compareAndSet(last, now)) {
            leftOut.incrementAndGet();
            return false;
        }
        long skipped = leftOut.getAndSet(0);
        log.warn(skipped == 0 ? message : message + " (" + skipped + " more like it since the last such line)");
        return true;
    }
}
