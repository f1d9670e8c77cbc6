package jp.mdrive.keycloak.core.authority;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.identity.RefusedChange.Kind;

/**
 * R-SEC-1: who may make which change to whom, in one table that the REST API and the settings
 * pages both ask, and that the README prints ({@link #markdown()}). Manual 2: the contractor and
 * the admins send login-method and e-mail links to 利用者; the contractor changes his own through
 * the menu, so nobody sends him one, and only he sends them to admins. Manual 4.2 (管理コンソール):
 * route and line numbers are the contractor's and the admins'. The rest of the contract is the
 * contractor's; the realm's operator may do what the contractor may, except to the contractor's account.
 */
public final class AuthorityTable {

    static final String FORBIDDEN = "mdrive.api.forbidden";
    static final String CONTRACTOR_ONLY = "mdrive.api.contractorOnly";
    static final String CONTRACTOR_CHANGES_OWN = "mdrive.authority.contractorChangesOwn";
    static final String CONTRACTOR_SENDS_TO_ADMINS = "mdrive.authority.contractorSendsToAdmins";

    private static final Rule BASIC_PLAN_OWN = Rule.when("○ basic plan", s -> s.plan() == Plan.BASIC, Kind.FORBIDDEN,
            "mdrive.api.trialCannotChange");
    private static final Rule BASIC_PLAN_CONTRACT = Rule.when("○ basic plan", s -> s.plan() == Plan.BASIC, Kind.FORBIDDEN,
            "mdrive.authority.basicPlanOnly");
    private static final Rule BASIC_PLAN_CANCELLATION = Rule.when("○ basic plan", s -> s.plan() == Plan.BASIC, Kind.INVALID,
            "mdrive.contract.trialCannotCancel");
    private static final Rule PLAN_CHANGE_OPEN = Rule.when("○ until 15 days after the trial", Situation::planChangeOpen, Kind.INVALID,
            "mdrive.contract.planChangeTooLate").withParameters(s -> new Object[] {s.planChangeLastDay().map(Object::toString).orElse("")});
    private static final Rule NOT_LINE_ONLY = Rule.when("○ unless line-only", s -> !s.lineOnly(), Kind.INVALID,
            "mdrive.contract.twoStepVerificationLineOnly");
    private static final Rule PASSWORD_USER = Rule.when("○ password users", Situation::targetPasswordUser, Kind.FORBIDDEN,
            "mdrive.authority.passwordUsersOnly");

    /** A row: a change to a target, with the rule of each role. */
    private record Row(Change change, Target target, Map<Role, Rule> rules) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    static {
        for (Change change : List.of(Change.LOGIN_METHOD, Change.EMAIL)) {
            row(change, Target.OWN, BASIC_PLAN_OWN, Rule.never(CONTRACTOR_ONLY), Rule.never(CONTRACTOR_ONLY), Rule.never(CONTRACTOR_ONLY));
            Rule own = Rule.never(CONTRACTOR_CHANGES_OWN);
            row(change, Target.CONTRACTOR, own, own, own, own);
            Rule toAdmins = Rule.never(CONTRACTOR_SENDS_TO_ADMINS);
            row(change, Target.CONTRACT_ADMIN, Rule.ALWAYS, toAdmins, toAdmins, Rule.ALWAYS);
            row(change, Target.USER, Rule.ALWAYS, Rule.ALWAYS, Rule.never(FORBIDDEN), Rule.ALWAYS);
        }
        // manual 3: everyone changes their own password; nobody another's (that is the reset mail's job)
        row(Change.PASSWORD, Target.OWN, PASSWORD_USER, PASSWORD_USER, PASSWORD_USER, Rule.never(FORBIDDEN));
        Rule contractorOnly = Rule.never(CONTRACTOR_ONLY);
        Rule forbidden = Rule.never(FORBIDDEN);
        row(Change.INVITATION, Target.CONTRACT, Rule.ALWAYS, Rule.ALWAYS, forbidden, Rule.ALWAYS);
        row(Change.ROUTE, Target.CONTRACT, Rule.ALWAYS, Rule.ALWAYS, forbidden, Rule.ALWAYS);
        row(Change.LINES, Target.CONTRACT, Rule.ALWAYS, Rule.ALWAYS, forbidden, Rule.ALWAYS);
        row(Change.TWO_STEP_SWITCH, Target.CONTRACT, NOT_LINE_ONLY, contractorOnly, contractorOnly, NOT_LINE_ONLY);
        row(Change.ACTIVE_DIRECTORY, Target.CONTRACT, Rule.ALWAYS, contractorOnly, contractorOnly, Rule.ALWAYS);
        row(Change.CONTRACT_INFO, Target.CONTRACT, BASIC_PLAN_CONTRACT, contractorOnly, contractorOnly, BASIC_PLAN_CONTRACT);
        row(Change.PLAN, Target.CONTRACT, PLAN_CHANGE_OPEN, contractorOnly, contractorOnly, PLAN_CHANGE_OPEN);
        row(Change.CANCELLATION, Target.CONTRACT, BASIC_PLAN_CANCELLATION, contractorOnly, contractorOnly, BASIC_PLAN_CANCELLATION);
    }

    private static void row(Change change, Target target, Rule contractor, Rule admin, Rule user, Rule operator) {
        Map<Role, Rule> rules = new EnumMap<>(Role.class);
        rules.put(Role.CONTRACTOR, contractor);
        rules.put(Role.CONTRACT_ADMIN, admin);
        rules.put(Role.USER, user);
        rules.put(Role.REALM_OPERATOR, operator);
        ROWS.add(new Row(change, target, Map.copyOf(rules)));
    }

    private AuthorityTable() {
    }

    /** Whether {@code role} may make {@code change} to {@code target} now; a pair the table has no row for is refused. */
    public static Verdict decide(Role role, Change change, Target target, Situation situation) {
        return rule(role, change, target).judge(situation);
    }

    /**
     * Whether the role may make the change in some state of the contract's route: what the settings
     * menu offers. The plan counts (a trial contractor is not offered the basic plan's items); the
     * route does not, since the 2SV page shows itself as off while line-only.
     */
    public static boolean offered(Role role, Change change, Target target, Situation situation) {
        Rule rule = rule(role, change, target);
        return rule.test().test(situation) || rule.test().test(new Situation(situation.plan(), situation.planChangeLastDay(),
                situation.today(), false, situation.targetPasswordUser()));
    }

    private static Rule rule(Role role, Change change, Target target) {
        return ROWS.stream().filter(row -> row.change() == change && row.target() == target).findFirst()
                .map(row -> row.rules().get(role)).orElse(Rule.never(FORBIDDEN));
    }

    /** The table as the README shows it: one row a change and target, one column a role. */
    public static String markdown() {
        StringBuilder table = new StringBuilder("| change | to | ");
        for (Role role : Role.values()) {
            table.append(role.label()).append(" | ");
        }
        table.setLength(table.length() - 1);
        table.append("\n|---|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (Row row : ROWS) {
            table.append("| ").append(row.change().label()).append(" | ").append(row.target().label()).append(" | ");
            for (Role role : Role.values()) {
                table.append(row.rules().get(role).text()).append(" | ");
            }
            table.setLength(table.length() - 1);
            table.append('\n');
        }
        return table.toString();
    }
}
