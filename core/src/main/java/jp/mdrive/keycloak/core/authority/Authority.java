package jp.mdrive.keycloak.core.authority;

import java.time.LocalDate;

import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.Contract;

/**
 * {@link AuthorityTable} for one actor in one contract: the question every REST resource and every
 * settings page asks before it changes anything.
 */
public final class Authority {

    private final Contract contract;
    private final UserModel actor;
    private final Role role;
    private final LocalDate today;

    private Authority(Contract contract, UserModel actor, Role role, LocalDate today) {
        this.contract = contract;
        this.actor = actor;
        this.role = role;
        this.today = today;
    }

    /** A member acting in their own contract, in the role they have there. */
    public static Authority ofMember(Contract contract, UserModel member, LocalDate today) {
        return new Authority(contract, member, Role.of(contract.roleOf(member)), today);
    }

    /** The realm's operator acting on a contract. */
    public static Authority ofOperator(Contract contract, UserModel operator, LocalDate today) {
        return new Authority(contract, operator, Role.REALM_OPERATOR, today);
    }

    public Role role() {
        return role;
    }

    public Contract contract() {
        return contract;
    }

    public UserModel actor() {
        return actor;
    }

    /** A change to the contract as a whole (route, lines, plan, …) or an invitation into it. */
    public Verdict toContract(Change change) {
        return AuthorityTable.decide(role, change, Target.CONTRACT, Situation.of(contract, null, today));
    }

    /** A change to the actor's own account, made through the settings menu or {@code /me}. */
    public Verdict toOwnAccount(Change change) {
        return AuthorityTable.decide(role, change, Target.OWN, Situation.of(contract, actor, today));
    }

    /** A change to a member's account through a link mailed to them; the member's role in the contract decides. */
    public Verdict toMember(Change change, UserModel member) {
        return AuthorityTable.decide(role, change, Target.of(contract.roleOf(member)), Situation.of(contract, member, today));
    }

    /** Whether the settings menu offers the change to the actor at all (R-MENU-1's table is narrower still). */
    public boolean offers(Change change, Target target) {
        return AuthorityTable.offered(role, change, target, Situation.of(contract, target == Target.OWN ? actor : null, today));
    }
}
