package jp.mdrive.keycloak.settingsmenu;

import java.time.LocalDate;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.authority.AuthorityTable;
import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.authority.Role;
import jp.mdrive.keycloak.core.authority.Situation;
import jp.mdrive.keycloak.core.authority.Target;
import jp.mdrive.keycloak.core.authority.Verdict;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/**
 * Who is looking at the settings menu: their role in their contract and the contract's state, which
 * the authority table turns into what they see and may change. A user outside every contract is a
 * plain user whose only item is their own password.
 */
record Viewer(UserModel user, Optional<Contract> contract, Role role, Situation situation) {

    static Viewer of(KeycloakSession session, UserModel user, LocalDate today) {
        Optional<Contract> contract = Contract.ofMember(session, user);
        if (contract.isPresent()) {
            return new Viewer(user, contract, Role.of(contract.get().roleOf(user)), Situation.of(contract.get(), user, today));
        }
        boolean passwordUser = LoginMethod.of(user).map(LoginMethod.PASSWORD::equals).orElse(false);
        return new Viewer(user, contract, Role.USER, new Situation(Plan.TRIAL, Optional.empty(), today, false, passwordUser));
    }

    LocalDate today() {
        return situation.today();
    }

    boolean offered(Change change, Target target) {
        return AuthorityTable.offered(role, change, target, situation);
    }

    /** Whether the change may be made now; the contract's state is read afresh, as another tab may have changed it. */
    Verdict mayChange(Change change, Target target) {
        Situation now = contract.map(c -> Situation.of(c, user, today())).orElse(situation);
        return AuthorityTable.decide(role, change, target, now);
    }
}
