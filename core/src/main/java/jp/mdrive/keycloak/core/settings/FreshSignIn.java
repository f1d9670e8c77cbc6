package jp.mdrive.keycloak.core.settings;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * R-SEC-2: sensitive changes act only on a sign-in made within the last {@value #SECONDS} seconds.
 * Keycloak moves a user session's {@code AUTH_TIME} only when the user signs in with a credential
 * (the password form and the 2SV step that follows it, or a provider's sign-in, which reports its
 * own time); a sign-in by SSO cookie leaves it where it was.
 */
public final class FreshSignIn {

    public static final int SECONDS = 600;

    private FreshSignIn() {
    }

    public static boolean isFresh(UserSessionModel userSession) {
        if (userSession == null) {
            return false;
        }
        try {
            String authTime = userSession.getNote(AuthenticationManager.AUTH_TIME);
            return authTime != null && isFresh(Long.parseLong(authTime));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a sign-in at that time (seconds, Keycloak's clock) is recent enough. */
    public static boolean isFresh(long signedInAt) {
        long now = Time.currentTime();
        return signedInAt <= now && now - signedInAt <= SECONDS;
    }
}
