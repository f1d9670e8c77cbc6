package jp.mdrive.keycloak.adminapi;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.mdrive.keycloak.core.activedirectory.ActiveDirectorySetup;
import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractCancellation;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.identity.MemberChanges;
import jp.mdrive.keycloak.core.identity.RefusedChange;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/** {@code /realms/{realm}/mdrive/contracts/{alias}}: one contract's settings. */
public class ContractResource {

    /** Body of {@code PUT access-route}: {@code line+internet} or {@code line-only}. */
    public record AccessRouteChange(String accessRoute) {
    }

    /** Body of {@code PUT plan}: only {@code basic}, the one change a contractor can make. */
    public record PlanChange(String plan) {
    }

    /** Body of {@code POST cancellation}: {@code confirmed} must be true, the settings menu's confirmation step. */
    public record Cancellation(Boolean confirmed) {
    }

    /** Body of {@code PUT two-step-verification}. */
    public record TwoStepVerificationChange(Boolean enabled) {
    }

    /** Body of {@code PUT line-numbers}: the contract's lines, replacing the registered ones. */
    public record LineNumbersChange(List<String> lineNumbers) {
    }

    private final KeycloakSession session;
    private final Caller caller;
    private final Contract contract;

    ContractResource(KeycloakSession session, Caller caller, Contract contract) {
        this.session = session;
        this.caller = caller;
        this.contract = contract;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation get() {
        return ContractChanges.current(session, caller.user(), contract);
    }

    /**
     * The contract's members as its admins manage them: role, login method (R-LOGIN-5, visible to
     * admins), whether the account is enabled and how its 2-step verification is registered.
     */
    @GET
    @Path("members")
    @Produces(MediaType.APPLICATION_JSON)
    public List<MemberRepresentation> members() {
        try {
            return session.getProvider(OrganizationProvider.class).getMembersStream(contract.organization(), Map.of(), false, null, null)
                    .map(member -> MemberRepresentation.of(contract, member)).toList();
        } catch (InvalidContractSettingException e) {
            throw ApiError.of(session, caller.user(), Response.Status.CONFLICT, e.getMessage(), e.getParameters()).exception();
        }
    }

    /** R-ID-1 利用者登録: registers the user and mails the invitation (again, while they have not registered). */
    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite(String body) {
        MemberChanges.Invitation invitation = read(body, MemberChanges.Invitation.class);
        try {
            UserModel user = memberChanges().invite(invitation);
            return Response.status(Response.Status.CREATED).entity(MemberRepresentation.of(contract, user)).build();
        } catch (RefusedChange e) {
            throw ApiError.of(session, caller.user(), e).exception();
        }
    }

    /** R-ID-4: a login-method change link or an e-mail change link for a member, never both. */
    @POST
    @Path("members/{userId}/change-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sendChangeLink(@PathParam("userId") String userId, String body) {
        MemberChanges.ChangeLink request = read(body, MemberChanges.ChangeLink.class);
        try {
            String sentTo = memberChanges().sendChangeLink(userId, request);
            return Response.accepted(Map.of("sentTo", sentTo)).type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (RefusedChange e) {
            throw ApiError.of(session, caller.user(), e).exception();
        }
    }

    private MemberChanges memberChanges() {
        caller.requireFreshSignIn();
        return new MemberChanges(session, session.getContext().getRealm(), caller.authorityIn(contract));
    }

    /** R-LINE-1 アクセス経路設定. Line-only needs a registered line first. */
    @PUT
    @Path("access-route")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation setAccessRoute(String body) {
        return change(Change.ROUTE, body, AccessRouteChange.class,
                (c, change) -> c.setAccessRoute(AccessRoute.parse(change == null ? null : change.accessRoute())));
    }

    /** R-LINE-2 回線番号登録: every number checked before any is stored. */
    @PUT
    @Path("line-numbers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation setLineNumbers(String body) {
        return change(Change.LINES, body, LineNumbersChange.class, (c, change) -> {
            // a body without the list is a mistake, not a request to remove every line
            require(change != null && change.lineNumbers() != null, "mdrive.contract.lineNumbersMissing");
            c.setLineNumbers(change.lineNumbers());
        });
    }

    /** プラン変更: a trial becomes basic, until 15 days after the trial ended. Contractor only. */
    @PUT
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation setPlan(String body) {
        return change(Change.PLAN, body, PlanChange.class, (c, change) -> {
            require(change != null && Plan.parse(change.plan()) == Plan.BASIC, "mdrive.contract.onlyToBasic");
            c.changeToBasicPlan();
        });
    }

    /**
     * 解約: a basic contract is cancelled and every member disabled, in this one transaction; a trial
     * cannot be (it ends by itself). Contractor only, with the confirmation given.
     */
    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation cancel(String body) {
        return change(Change.CANCELLATION, body, Cancellation.class, (c, cancellation) -> {
            require(cancellation != null && Boolean.TRUE.equals(cancellation.confirmed()), "mdrive.contract.cancellationNotConfirmed");
            ContractCancellation.cancel(session, c, JapanCalendar.today());
        });
    }

    /**
     * R-2SV-7 2段階認証設定: the contractor switches 2SV for all password users of the contract. Not
     * while the route is line-only, where 2SV is off by rule and the switch is not the contractor's.
     */
    @PUT
    @Path("two-step-verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation setTwoStepVerification(String body) {
        return change(Change.TWO_STEP_SWITCH, body, TwoStepVerificationChange.class, (c, change) -> {
            require(change != null && change.enabled() != null, "mdrive.contract.invalidTwoStepVerification", "");
            c.setTwoStepVerificationEnabled(change.enabled());
        });
    }

    /**
     * R-LOGIN-3 Active Directory設定: registers or updates the contract's ADFS from its metadata and
     * mails the contractor the connection ID and login URLs. Contractor only: it decides how its
     * contract signs in.
     */
    @PUT
    @Path("active-directory")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation setActiveDirectory(String body) {
        return change(Change.ACTIVE_DIRECTORY, body, ActiveDirectorySetup.Request.class,
                (c, request) -> new ActiveDirectorySetup(session).apply(c, request));
    }

    /** The body, read strictly (R-SEC-10), once the caller is known to be allowed the change. */
    private <T extends Record> T read(String body, Class<T> type) {
        return JsonBody.read(session, caller.user(), body, type);
    }

    /**
     * A change the caller's role may make now (R-SEC-1) on a fresh sign-in (R-SEC-2), with the body
     * read only then.
     */
    private <T extends Record> ContractRepresentation change(Change what, String body, Class<T> type, BiConsumer<Contract, T> change) {
        caller.requireFreshSignIn();
        ContractChanges.apply(session, caller.authorityIn(contract), List.of(what), () -> change.accept(contract, read(body, type)));
        return get();
    }

    /** A rule of the body's values; broken, the change is refused with that message. */
    private static void require(boolean kept, String messageKey, Object... parameters) {
        if (!kept) {
            throw new InvalidContractSettingException(messageKey, parameters);
        }
    }
}
