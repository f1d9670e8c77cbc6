package jp.mdrive.keycloak.core.lockout;

import java.util.UUID;

import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The unblock link of the 【M-Drive】アカウントロック mail; it names the lock it was sent for, and
 * carries a generation (R-SEC-6) that a password change or reset or an address change voids.
 */
public class UnlockAccountActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mdrive-unlock-account";
    /** The purpose of the link's generation (R-SEC-6). */
    public static final String LINK_PURPOSE = "unlock";
    private static final String LOCKED_AT = "lockedAt";

    public UnlockAccountActionToken(String userId, int expiresAt, long lockedAt) {
        super(userId, TOKEN_TYPE, expiresAt, UUID.randomUUID());
        setNote(LOCKED_AT, Long.toString(lockedAt));
    }

    /** For JSON deserialization by Keycloak's token verifier. */
    private UnlockAccountActionToken() {
    }

    public Long lockedAt() {
        String value = getNote(LOCKED_AT);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
