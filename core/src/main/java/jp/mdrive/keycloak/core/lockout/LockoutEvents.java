package jp.mdrive.keycloak.core.lockout;

import org.keycloak.common.ClientConnection;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.metrics.MdriveMetrics;

/**
 * The Keycloak events of the lockout, so that mails and audit hang off events rather than off the
 * login form: a lock is Keycloak's own USER_DISABLED_BY_PERMANENT_LOCKOUT with our reason.
 */
public final class LockoutEvents {

    /** Event error of a login refused because the account is locked. */
    public static final String ACCOUNT_LOCKED = "mdrive_account_locked";
    /** {@link Details#REASON} of our lock events, to tell them from stock brute-force ones. */
    public static final String REASON = "mdrive_lockout";
    /** Detail carrying the lock's time (epoch ms); the unblock link is bound to it. */
    public static final String LOCKED_AT = "mdrive_locked_at";
    /** Message key shown on the login page while the account is locked. */
    public static final String LOCKED_MESSAGE = "mdrive.login.accountLocked";

    private LockoutEvents() {
    }

    public static void locked(KeycloakSession session, RealmModel realm, ClientConnection connection, UserModel user,
                              FailureOutcome outcome) {
        MdriveMetrics.locked();
        new EventBuilder(realm, session, connection)
                .event(EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT)
                .user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(Details.REASON, REASON)
                .detail(Details.NUM_FAILURES, Integer.toString(outcome.failures()))
                .detail(LOCKED_AT, Long.toString(outcome.lockedAt()))
                .success();
    }
}
