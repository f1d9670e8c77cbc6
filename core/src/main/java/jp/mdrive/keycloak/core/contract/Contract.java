package jp.mdrive.keycloak.core.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * A contract (契約) is a Keycloak Organization; this is the one typed view of the settings kept in
 * its attributes. Every feature reads and writes contract settings through here, so the attribute
 * names and their rules live in one place. Setters validate before they write anything: a refused
 * value leaves the organization as it was.
 */
public final class Contract {

    public static final String PLAN = "mdrive.plan";
    public static final String TRIAL_STARTED_ON = "mdrive.trial.started-on";
    public static final String ACCESS_ROUTE = "mdrive.access-route";
    public static final String TWO_STEP_VERIFICATION = "mdrive.two-step-verification";
    public static final String LINE_NUMBERS = "mdrive.line-numbers";
    public static final String CONTRACTOR = "mdrive.contractor";
    public static final String ADMINS = "mdrive.admins";
    public static final String AD_CONNECTION_ID = "mdrive.ad.connection-id";
    public static final String CANCELLED_ON = "mdrive.cancelled-on";
    public static final String HOLDER_NAME = "mdrive.holder.name";
    public static final String HOLDER_COMPANY = "mdrive.holder.company";
    public static final String HOLDER_ADDRESS = "mdrive.holder.address";
    public static final String HOLDER_PHONE = "mdrive.holder.phone";

    /** Far more lines than an office has; a bound so that no request stores an unbounded list. */
    public static final int MAX_LINE_NUMBERS = LineAuthentication.MAX_LINE_NUMBERS;

    /** manual: a free trial lasts 30 days and then ends by itself. */
    public static final int TRIAL_DAYS = 30;

    private final OrganizationModel organization;
    private final ContractAttributes attributes;

    private Contract(OrganizationModel organization) {
        this.organization = organization;
        this.attributes = new ContractAttributes(organization);
    }

    public static Contract of(OrganizationModel organization) {
        return new Contract(organization);
    }

    /** The contract a user belongs to; M-Drive users belong to exactly one. */
    public static Optional<Contract> ofMember(KeycloakSession session, UserModel user) {
        List<OrganizationModel> organizations = session.getProvider(OrganizationProvider.class)
                .getByMember(user).limit(2).toList();
        if (organizations.size() > 1) {
            throw new InvalidContractSettingException("mdrive.contract.severalContracts", user.getUsername());
        }
        return organizations.stream().findFirst().map(Contract::of);
    }

    public String id() {
        return organization.getId();
    }

    public String alias() {
        return organization.getAlias();
    }

    public String name() {
        return organization.getName();
    }

    public OrganizationModel organization() {
        return organization;
    }

    public Plan plan() {
        return Plan.parse(attributes.single(PLAN).orElse(null));
    }

    /** manual 0 ※1: a trial may become basic within this many days after its last day (the settings menu's プラン変更). */
    public static final int PLAN_CHANGE_GRACE_DAYS = 15;

    /** The last day a trial may become basic; empty on the basic plan or for a trial without a start. */
    public Optional<LocalDate> planChangeLastDay() {
        return plan() == Plan.BASIC ? Optional.empty() : trialLastDay().map(last -> last.plusDays(PLAN_CHANGE_GRACE_DAYS));
    }

    /**
     * Puts a trial on the basic plan; the trial start stays as a record of when it began. Until when
     * that may be done is the authority's rule ({@code AuthorityTable}), not the model's.
     */
    public void changeToBasicPlan() {
        if (plan() == Plan.BASIC) {
            throw new InvalidContractSettingException("mdrive.contract.alreadyBasic");
        }
        attributes.write(PLAN, List.of(Plan.BASIC.value()));
    }

    public Optional<LocalDate> trialStartedOn() {
        return attributes.date(TRIAL_STARTED_ON, "mdrive.contract.invalidTrialStart");
    }

    /** The first day the trial no longer runs. */
    public Optional<LocalDate> trialEndsOn() {
        return trialStartedOn().map(start -> start.plusDays(TRIAL_DAYS));
    }

    /** 無料トライアル終了日 as pages show it: the trial's 30th and last day. */
    public Optional<LocalDate> trialLastDay() {
        return trialEndsOn().map(end -> end.minusDays(1));
    }

    public AccessRoute accessRoute() {
        return attributes.single(ACCESS_ROUTE).map(AccessRoute::parse).orElse(AccessRoute.LINE_AND_INTERNET);
    }

    public void setAccessRoute(AccessRoute route) {
        LineAuthentication.requireLineForLineOnly(route, attributes.values(LINE_NUMBERS));
        attributes.write(ACCESS_ROUTE, List.of(route.value()));
    }

    /** The contract-wide switch of manual 5.1; on unless the contractor turned it off. */
    public boolean twoStepVerificationEnabled() {
        return attributes.single(TWO_STEP_VERIFICATION).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidContractSettingException("mdrive.contract.invalidTwoStepVerification", value);
        }).orElse(true);
    }

    public void setTwoStepVerificationEnabled(boolean enabled) {
        attributes.write(TWO_STEP_VERIFICATION, List.of(Boolean.toString(enabled)));
    }

    public List<LineNumber> lineNumbers() {
        return attributes.values(LINE_NUMBERS).stream().map(LineNumber::new).toList();
    }

    /** Replaces the registered lines; every number is checked before any is stored. */
    public void setLineNumbers(Collection<String> typed) {
        List<String> numbers = LineAuthentication.parseLines(typed);
        LineAuthentication.requireLineForLineOnly(accessRoute(), numbers);
        attributes.write(LINE_NUMBERS, numbers);
    }

    /**
     * 回線認証設定 (manual 4.2): the route and the lines saved together and judged together, so that
     * line-only with its first lines, or line+internet without its last, is one change.
     */
    public void setLineAuthentication(AccessRoute route, Collection<String> typed) {
        List<String> numbers = LineAuthentication.parseLines(typed);
        LineAuthentication.requireLineForLineOnly(route, numbers);
        attributes.write(Map.of(ACCESS_ROUTE, List.of(route.value()), LINE_NUMBERS, numbers));
    }

    public Optional<String> contractorId() {
        return attributes.single(CONTRACTOR);
    }

    public Set<String> adminIds() {
        return Set.copyOf(attributes.values(ADMINS));
    }

    public void addAdmin(UserModel user) {
        requireMember(user);
        Set<String> admins = new LinkedHashSet<>(attributes.values(ADMINS));
        admins.add(user.getId());
        attributes.write(ADMINS, List.copyOf(admins));
    }

    /** The contractor manages the contract too, so it counts as the highest role, not as an admin. */
    public ContractRole roleOf(UserModel user) {
        if (!organization.isMember(user)) {
            throw new InvalidContractSettingException("mdrive.contract.notMember", user.getUsername(), alias());
        }
        if (contractorId().filter(user.getId()::equals).isPresent()) {
            return ContractRole.CONTRACTOR;
        }
        return adminIds().contains(user.getId()) ? ContractRole.ADMIN : ContractRole.USER;
    }

    /** 解約: the day the contract was cancelled (a trial cannot be: the authority's rule, {@code AuthorityTable}). */
    public void cancel(LocalDate today) {
        if (cancelledOn().isPresent()) {
            throw new InvalidContractSettingException("mdrive.contract.alreadyCancelled");
        }
        attributes.write(CANCELLED_ON, List.of(today.toString()));
    }

    public Optional<LocalDate> cancelledOn() {
        return attributes.date(CANCELLED_ON, "mdrive.contract.invalidCancelledOn");
    }

    /** 契約情報: the holder's name, company, address and phone as last saved (empty strings when never). */
    public ContractHolder holder() {
        return new ContractHolder(attributes.single(HOLDER_NAME).orElse(""), attributes.single(HOLDER_COMPANY).orElse(""),
                attributes.single(HOLDER_ADDRESS).orElse(""), attributes.single(HOLDER_PHONE).orElse(""));
    }

    public void setHolder(ContractHolder holder) {
        holder.validate();
        attributes.write(Map.of(HOLDER_NAME, listOf(holder.name()), HOLDER_COMPANY, listOf(holder.company()),
                HOLDER_ADDRESS, listOf(holder.address()), HOLDER_PHONE, listOf(holder.phone())));
    }

    private static List<String> listOf(String value) {
        return value.isEmpty() ? List.of() : List.of(value);
    }

    public Optional<ConnectionId> adConnectionId() {
        return attributes.single(AD_CONNECTION_ID).map(ConnectionId::new);
    }

    public void setAdConnectionId(ConnectionId connectionId) {
        if (connectionId == null) {
            throw new InvalidContractSettingException("mdrive.contract.invalidConnectionId", "");
        }
        attributes.write(AD_CONNECTION_ID, List.of(connectionId.value()));
    }

    private void requireMember(UserModel user) {
        if (user == null || !organization.isMember(user)) {
            throw new InvalidContractSettingException("mdrive.contract.notMember",
                    user == null ? "" : user.getUsername(), alias());
        }
    }
}
