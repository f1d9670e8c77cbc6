package jp.mdrive.keycloak.core.twostep;

import java.time.Duration;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * R-2SV-1's "ログインしてから30日間アクセスしていなかった場合": the time of the user's last sign-in, a
 * user attribute written when a sign-in completes. Unknown counts as long ago: a lost value costs one
 * extra 2SV, never a skipped one.
 * <p>
 * R-PERF-1: the value moves only when it is a day or more off. Writing it is a database update and an
 * invalidation of the user in every node's cache, on every sign-in; to a period of 30 days a day is
 * nothing, and a value up to a day old can only end the period up to a day early (an extra 2SV again).
 */
public final class LastSignIn {

    public static final String ATTRIBUTE = "mdrive.last-sign-in";

    /** How far the stored time may lag behind the real last sign-in. */
    static final Duration PRECISION = Duration.ofDays(1);

    private LastSignIn() {
    }

    public static boolean longerAgoThan(UserModel user, Duration period) {
        String stored = user.getFirstAttribute(ATTRIBUTE);
        try {
            return stored == null || Time.currentTime() - Long.parseLong(stored) >= period.toSeconds();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    public static void record(UserModel user) {
        long now = Time.currentTime();
        if (needsWrite(user.getFirstAttribute(ATTRIBUTE), now)) {
            user.setSingleAttribute(ATTRIBUTE, Long.toString(now));
        }
    }

    /** Whether the stored value is missing, unreadable or a day or more away from now (either way: clocks move back too). */
    static boolean needsWrite(String stored, long now) {
        try {
            return stored == null || Math.abs(now - Long.parseLong(stored)) >= PRECISION.toSeconds();
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
