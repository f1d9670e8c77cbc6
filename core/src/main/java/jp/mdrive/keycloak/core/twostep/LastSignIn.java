package jp.mdrive.keycloak.core.twostep;

import java.time.Duration;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * R-2SV-1's "ログインしてから30日間アクセスしていなかった場合": the time of the user's last sign-in, a
 * user attribute written when a sign-in completes. Unknown counts as long ago: a lost value costs one
 * extra 2SV, never a skipped one.
 */
public final class LastSignIn {

    public static final String ATTRIBUTE = "mdrive.last-sign-in";

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
        user.setSingleAttribute(ATTRIBUTE, Long.toString(Time.currentTime()));
    }
}
