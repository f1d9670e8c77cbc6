package jp.mdrive.keycloak.adminapi;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.mdrive.keycloak.core.lockout.FailureCount;
import jp.mdrive.keycloak.core.lockout.LockoutCounter;
import jp.mdrive.keycloak.core.lockout.UnlockAccountActionToken;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.UnlockPath;

/**
 * R-OPS-8: a realm admin lifts a lock, through the admin REST API or the console's M-Drive tab. The
 * lock read is the one lifted ({@link LockoutCounter#unlock(UserModel, long)}, the unblock link's
 * own), so a lock set again meanwhile stays; the failures go with it, the lock mail's unblock link is
 * voided, as its work is done, and the lift is an admin event of resource type {@value #RESOURCE_TYPE}
 * holding the lock as it was.
 */
final class AdminLockLift {

    static final String RESOURCE_TYPE = "MDRIVE_LOCK";

    private AdminLockLift() {
    }

    /** Returns whether the user was locked and is no longer; false changes nothing. */
    static boolean lift(KeycloakSession session, UserModel user, AdminEventBuilder adminEvent) {
        LockoutCounter counter = new LockoutCounter(session);
        FailureCount count = counter.read(user);
        if (!count.locked()) {
            return false;
        }
        LockRepresentation lock = LockRepresentation.of(user, count.failures(), count.lockedAt());
        if (!counter.unlock(user, count.lockedAt())) {
            return false;
        }
        LinkGeneration.of(user).voidPurpose(UnlockAccountActionToken.LINK_PURPOSE);
        MdriveMetrics.unlocked(UnlockPath.ADMIN);
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.DELETE)
                .resourcePath(MdriveAdminResourceProviderFactory.ID, "locks", user.getId()).representation(lock).success();
        return true;
    }
}
