package jp.mdrive.keycloak.authenticators.lockout;

import java.util.List;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.core.lockout.FailureOutcome;
import jp.mdrive.keycloak.core.lockout.LockoutCounter;
import jp.mdrive.keycloak.core.lockout.LockoutEvents;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The lockout around one password check, the same for every way a password reaches Keycloak (the
 * login form, the password grant): a locked account is refused before its password is looked at,
 * a wrong password is counted, a right one clears the count unless a concurrent attempt has just
 * locked the account.
 */
public final class PasswordLockout {

    public enum Verdict { ACCEPTED, WRONG, LOCKED }

    static final String THRESHOLD = "mdrive.lockout.threshold";

    /** manual 6: the account locks at the 10th wrong password. */
    static final int DEFAULT_THRESHOLD = 10;

    static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property()
            .name(THRESHOLD)
            .label("Wrong passwords before lock")
            .helpText("Consecutive wrong passwords that lock the account until its unblock link or a password reset.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(DEFAULT_THRESHOLD))
            .add()
            .build();

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
        return ExecutionConfig.positiveInt(context.getAuthenticatorConfig(), THRESHOLD, DEFAULT_THRESHOLD);
    }
}
