package jp.mdrive.keycloak.authenticators.settings;

import java.time.LocalDate;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/** Who is looking at the settings menu: their contract, role in it and plan decide what they see. */
record Viewer(UserModel user, Optional<Contract> contract, ContractRole role, Plan plan, boolean passwordUser, LocalDate today) {

    static Viewer of(KeycloakSession session, UserModel user, LocalDate today) {
        Optional<Contract> contract = Contract.ofMember(session, user);
        ContractRole role = contract.map(c -> c.roleOf(user)).orElse(ContractRole.USER);
        Plan plan = contract.map(Contract::plan).orElse(Plan.TRIAL);
        boolean passwordUser = LoginMethod.of(user).map(LoginMethod.PASSWORD::equals).orElse(false);
        return new Viewer(user, contract, role, plan, passwordUser, today);
    }

    boolean isContractor() {
        return contract.isPresent() && role == ContractRole.CONTRACTOR;
    }

    boolean managesMembers() {
        return contract.isPresent() && role != ContractRole.USER;
    }

    /** Whether the trial may still become basic: until 15 days after it ended. */
    boolean mayChangePlan() {
        return contract.map(c -> c.plan() == Plan.BASIC
                || c.trialEndsOn().map(end -> !today.isAfter(end.plusDays(Contract.PLAN_CHANGE_GRACE_DAYS))).orElse(true)).orElse(false);
    }
}
