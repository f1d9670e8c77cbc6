package jp.mdrive.keycloak.adminapi;

import java.time.Instant;

import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.lockout.UnlockAccountActionToken;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;

/**
 * A locked account as the realm admin's API shows it: since when (ISO-8601 UTC and epoch ms), after
 * how many consecutive wrong passwords, and whether the lock mail's unblock link is still outstanding
 * (sent, and not voided by a newer link, a password change or reset, an address change or an admin's lift).
 */
public record LockRepresentation(String userId, String username, String email, String lockedSince, long lockedSinceEpochMillis,
                                 int failures, boolean unblockLinkOutstanding) {

    static LockRepresentation of(UserModel user, int failures, long lockedAt) {
        return new LockRepresentation(user.getId(), user.getUsername(), user.getEmail(), Instant.ofEpochMilli(lockedAt).toString(),
                lockedAt, failures, LinkGeneration.of(user).hasOutstanding(UnlockAccountActionToken.LINK_PURPOSE));
    }
}
