package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.code.DailyAllowance;
import jp.mdrive.keycloak.core.code.MemoryFirstSlots;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.CodeOutcome;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SecondFactor;

/**
 * Wrong second-factor codes (SMS, app, recovery) per user per day, wherever they are typed: past the
 * cap, no code is checked until tomorrow, so guessing a 6-digit code is bounded per account.
 * R-SEC-8: a check takes one of today's slots before it compares and gives it back when the code was
 * not wrong, so however many codes arrive at once, no more wrong ones are compared than the cap; only
 * a wrong one is written to the database ({@link MemoryFirstSlots}: R-PERF-1). Every check is
 * counted by method and outcome (R-OPS-7).
 */
final class WrongCodes {

    private final DailyAllowance allowance;
    private final UserModel user;
    private final SecondFactor method;

    WrongCodes(KeycloakSession session, UserModel user, int perDay, SecondFactor method) {
        this.allowance = new DailyAllowance(MemoryFirstSlots.of(session), "wrong-2sv-codes", perDay);
        this.user = user;
        this.method = method;
    }

    /**
     * Runs one check of a typed code within today's cap: the check's result, counted when
     * {@code wrong} says so; or empty, with nothing checked, when today's wrong codes are used up.
     * {@code accepted} tells a passing code from one that is neither (an expired SMS code).
     */
    <R> Optional<R> check(Supplier<R> check, Predicate<R> wrong, Predicate<R> accepted) {
        Optional<R> result = allowance.today(user.getId()).use(check, wrong);
        if (result.isEmpty()) {
            MdriveMetrics.secondStep(method, CodeOutcome.CAPPED);
        } else if (wrong.test(result.get())) {
            MdriveMetrics.secondStep(method, CodeOutcome.WRONG);
        } else if (accepted.test(result.get())) {
            MdriveMetrics.secondStep(method, CodeOutcome.SUCCESS);
        }
        return result;
    }

    /** A check whose answer is right or wrong: empty past the cap. */
    Optional<Boolean> check(Supplier<Boolean> right) {
        return check(right, isRight -> !isRight, isRight -> isRight);
    }
}
