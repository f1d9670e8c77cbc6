package jp.mdrive.keycloak.core.authority;

import java.time.LocalDate;
import java.util.Optional;

import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/**
 * What besides the roles decides a change: the contract's plan and route, and whether the account
 * changed has a password. {@code planChangeLastDay} is empty on the basic plan.
 */
public record Situation(Plan plan, Optional<LocalDate> planChangeLastDay, LocalDate today, boolean lineOnly,
                        boolean targetPasswordUser) {

    public static Situation of(Contract contract, UserModel target, LocalDate today) {
        return new Situation(contract.plan(), contract.planChangeLastDay(), today,
                contract.accessRoute() == AccessRoute.LINE_ONLY,
                target != null && LoginMethod.of(target).map(LoginMethod.PASSWORD::equals).orElse(false));
    }

    /** A trial may still become basic: until 15 days after it ended (manual 0 ※1). */
    boolean planChangeOpen() {
        return plan == Plan.BASIC || planChangeLastDay.map(last -> !today.isAfter(last)).orElse(true);
    }
}
