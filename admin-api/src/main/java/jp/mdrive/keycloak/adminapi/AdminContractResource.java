package jp.mdrive.keycloak.adminapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * R-OPS-8 {@code /admin/realms/{realm}/mdrive/contracts/{alias}}: a contract's M-Drive settings for
 * the realm's admins, under the permissions Keycloak's own organization endpoints require (view or
 * manage organizations, or manage-realm), and as the realm operator of the authority table: the same
 * verdicts and the same validation as the contract API ({@link ContractChanges}).
 */
public class AdminContractResource {

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final Contract contract;

    AdminContractResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent, OrganizationModel organization) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.contract = Contract.of(organization);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation get() {
        auth.orgs().requireView(contract.organization());
        return ContractChanges.current(session, admin(), contract);
    }

    /** Changes the given settings in one go; the authority's verdicts are taken on the contract as it was. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContractRepresentation update(String body) {
        auth.orgs().requireManage(contract.organization());
        ContractSettingsChange change = JsonBody.read(session, admin(), body, ContractSettingsChange.class);
        if (change == null) {
            throw ApiError.of(session, admin(), Response.Status.BAD_REQUEST, "mdrive.api.invalidBody").exception();
        }
        Authority authority = Authority.ofOperator(contract, admin(), JapanCalendar.today());
        ContractChanges.answeringRefusals(session, admin(), () -> change.make(authority, adminEvent));
        return get();
    }

    private UserModel admin() {
        return auth.adminAuth().getUser();
    }
}
