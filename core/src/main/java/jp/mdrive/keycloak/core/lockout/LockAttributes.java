package jp.mdrive.keycloak.core.lockout;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * R-OPS-8: a lock as two user attributes, so that the admin console's user details show it (the
 * realm's user profile declares them read-only, for admins only). The lockout table stays the truth
 * the sign-in obeys; {@link LockoutCounter} writes these when it locks and removes them whenever it
 * lifts a lock, in the request that did it.
 */
public final class LockAttributes {

    /** When the account was locked, Japan time, ISO-8601 to the second. */
    public static final String LOCKED_SINCE = "mdrive.locked-since";
    /** The consecutive wrong passwords that locked it. */
    public static final String FAILURES = "mdrive.lock-failures";

    private LockAttributes() {
    }

    static void set(UserModel user, int failures, long lockedAt) {
        user.setSingleAttribute(LOCKED_SINCE, OffsetDateTime.ofInstant(Instant.ofEpochMilli(lockedAt), JapanCalendar.ZONE)
                .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        user.setSingleAttribute(FAILURES, Integer.toString(failures));
    }

    static void clear(UserModel user) {
        user.removeAttribute(LOCKED_SINCE);
        user.removeAttribute(FAILURES);
    }
}
