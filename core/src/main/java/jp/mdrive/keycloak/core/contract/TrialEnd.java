package jp.mdrive.keycloak.core.contract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.keycloak.models.UserModel;

/**
 * R-PLAN-1, manual 0 ※1 ※2: a free trial runs 30 days; from the first day after it its members no
 * longer sign in, except the contractor into the settings menu while the plan may still become basic
 * (the authority's window, {@link Contract#planChangeLastDay()}); after that window the contract is
 * cancelled by the trial-cancellation job. The basic plan, and a trial without a start, are untouched.
 */
public final class TrialEnd {

    /**
     * How a sign-in went, for the event and the page. {@code planChangeLastDay} is present when the
     * refused member is the contractor who may still change the plan: his page says until when.
     */
    public record Verdict(boolean allowed, String reason, Optional<LocalDate> planChangeLastDay) {

        static Verdict allow(String reason) {
            return new Verdict(true, reason, Optional.empty());
        }
    }

    private TrialEnd() {
    }

    /**
     * The rule for a member of this contract (none: nothing to check). A contract setting that cannot
     * be read throws {@link InvalidContractSettingException}.
     */
    public static Verdict judge(Optional<Contract> contract, UserModel member, LocalDate today, boolean settingsClient) {
        if (contract.isEmpty()) {
            return Verdict.allow("no_contract");
        }
        Contract c = contract.get();
        return judge(c.plan(), c.trialEndsOn(), c.planChangeLastDay(), () -> c.roleOf(member), today, settingsClient);
    }

    /** The rule itself; the role is asked only once the trial is known to have ended. */
    static Verdict judge(Plan plan, Optional<LocalDate> trialEndsOn, Optional<LocalDate> planChangeLastDay,
            Supplier<ContractRole> role, LocalDate today, boolean settingsClient) {
        if (plan == Plan.BASIC) {
            return Verdict.allow("basic_plan");
        }
        if (trialEndsOn.isEmpty() || today.isBefore(trialEndsOn.get())) {
            return Verdict.allow("trial_running");
        }
        boolean windowOpen = planChangeLastDay.map(last -> !today.isAfter(last)).orElse(false);
        if (!windowOpen || role.get() != ContractRole.CONTRACTOR) {
            return new Verdict(false, "trial_ended", Optional.empty());
        }
        if (settingsClient) {
            return Verdict.allow("plan_change_window");
        }
        return new Verdict(false, "trial_ended", planChangeLastDay);
    }

    /** Whether the cancellation job is due for this contract: a trial past its plan-change window, not yet cancelled. */
    public static boolean dueForCancellation(Contract contract, LocalDate today) {
        return contract.plan() == Plan.TRIAL && contract.cancelledOn().isEmpty()
                && contract.planChangeLastDay().map(today::isAfter).orElse(false);
    }
}
