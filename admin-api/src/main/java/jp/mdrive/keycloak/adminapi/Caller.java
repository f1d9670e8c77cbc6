package jp.mdrive.keycloak.adminapi;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.text.PlainText;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The user behind a bearer token, and what it may manage: its own contract when it is that
 * contract's contractor or admin, or any contract when it administers the realm's users.
 */
final class Caller {

    private final KeycloakSession session;
    private final UserModel user;

    private Caller(KeycloakSession session, UserModel user) {
        this.session = session;
        this.user = user;
    }

    static Caller authenticate(KeycloakSession session) {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw ApiError.of(session, null, Response.Status.UNAUTHORIZED, "mdrive.api.unauthorized").exception();
        }
        return new Caller(session, auth.user());
    }

    UserModel user() {
        return user;
    }

    /**
     * The contract of that alias if the caller may manage it. An unknown alias and a contract of
     * someone else are refused alike, so the answer does not tell which aliases exist.
     */
    Contract contractItMayManage(String alias) {
        // PostgreSQL's driver refuses a NUL in a query parameter with an exception: no lookup for such an alias
        OrganizationModel organization = PlainText.fits(alias, 255) ? session.getProvider(OrganizationProvider.class).getByAlias(alias) : null;
        if (isRealmUserAdmin()) {
            return Optional.ofNullable(organization).map(Contract::of)
                    .orElseThrow(() -> ApiError.of(session, user, Response.Status.NOT_FOUND, "mdrive.api.contractNotFound", alias).exception());
        }
        if (organization == null || !organization.isMember(user)) {
            throw forbidden();
        }
        Contract contract = Contract.of(organization);
        if (contract.roleOf(user) == ContractRole.USER) {
            throw forbidden();
        }
        return contract;
    }

    /** Only the contract's contractor, or a realm user admin acting for the operator. */
    void requireContractorOf(Contract contract) {
        if (!isRealmUserAdmin() && contract.roleOf(user) != ContractRole.CONTRACTOR) {
            throw forbidden();
        }
    }

    private boolean isRealmUserAdmin() {
        ClientModel realmManagement = session.getContext().getRealm().getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        if (realmManagement == null) {
            return false;
        }
        RoleModel manageUsers = realmManagement.getRole("manage-users");
        return manageUsers != null && user.hasRole(manageUsers);
    }

    private RuntimeException forbidden() {
        return ApiError.of(session, user, Response.Status.FORBIDDEN, "mdrive.api.forbidden").exception();
    }
}
