package jp.mdrive.keycloak.authenticators.lockout;

import jp.mdrive.keycloak.core.lockout.FailureCount;
import jp.mdrive.keycloak.core.lockout.FailureOutcome;
import jp.mdrive.keycloak.core.lockout.LockoutCounter;
import jp.mdrive.keycloak.core.lockout.LockoutEvents;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * The lockout around one password check, the same for every way a password reaches Keycloak (the
 * login form, the password grant, the settings menu's password page): a locked account is refused before its password is looked at,
 * a wrong password is counted, a right one clears the count unless a concurrent attempt has just
 * locked the account. The threshold is the login flow's ({@link LockoutThreshold}) wherever the
 * password is checked.
 */
public final class PasswordLockout {

    public enum Verdict { ACCEPTED, WRONG, LOCKED }

    private final AuthenticationFlowContext context;
    private final LockoutCounter counter;
    /** What {@link #isLocked} read before the password was checked; null where nobody asked. */
    private FailureCount seen;

    public PasswordLockout(AuthenticationFlowContext context) {
        this.context = context;
        this.counter = new LockoutCounter(context.getSession());
    }

    public boolean isLocked(UserModel user) {
        seen = counter.read(user);
        return seen.locked();
    }

    /**
     * Records the outcome of a password check that was made. R-PERF-1: a right password where the read
     * before the check found no failures and no lock writes nothing: a wrong password counted since
     * that read ran concurrently with this one, and the result is the one of this sign-in coming first,
     * which it may (the count it leaves and a lock it sets hold for every later attempt).
     */
    public Verdict record(UserModel user, boolean passwordValid) {
        if (passwordValid) {
            boolean clean = seen != null && seen.clean();
            return clean || counter.clearUnlessLocked(user) ? Verdict.ACCEPTED : Verdict.LOCKED;
        }
        FailureOutcome outcome = counter.recordFailure(context.getRealm(), user, threshold());
        if (outcome.lockedNow()) {
            LockoutEvents.locked(context.getSession(), context.getRealm(), context.getConnection(), user, outcome);
        }
        return outcome.locked() ? Verdict.LOCKED : Verdict.WRONG;
    }

    private int threshold() {
        return LockoutThreshold.of(context.getSession(), context.getRealm());
    }
}
