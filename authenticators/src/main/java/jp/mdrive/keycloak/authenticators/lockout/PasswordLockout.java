package jp.mdrive.keycloak.authenticators.lockout;

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

    public PasswordLockout(AuthenticationFlowContext context) {
        this.context = context;
        this.counter = new LockoutCounter(context.getSession());
    }

    public boolean isLocked(UserModel user) {
        return counter.lockedAt(user).isPresent();
    }

    /** Records the outcome of a password check that was made. */
    public Verdict record(UserModel user, boolean passwordValid) {
        if (passwordValid) {
            return counter.clearUnlessLocked(user) ? Verdict.ACCEPTED : Verdict.LOCKED;
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
