package jp.mdrive.keycloak.adminapi;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.settings.FreshSignIn;
import jp.mdrive.keycloak.core.text.TypedLookup;
import jp.mdrive.keycloak.core.time.JapanCalendar;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The user behind a bearer token, and what it may manage: its own contract when it is that
 * contract's contractor or admin, or any contract when it administers the realm's users. Only
 * tokens issued for this API count (audience {@value #AUDIENCE}): a token another client of the
 * realm obtained for itself is not a permission to change M-Drive settings (R-SEC-2).
 */
record Caller(KeycloakSession session, UserModel user, UserSessionModel userSession) {

    /** The client whose audience the API's tokens carry; other clients get it through an audience mapper. */
    static final String AUDIENCE = "mdrive-api";

    static Caller authenticate(KeycloakSession session) {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setAudience(AUDIENCE).authenticate();
        if (auth == null) {
            throw ApiError.of(session, null, Response.Status.UNAUTHORIZED, "mdrive.api.unauthorized").exception();
        }
        return new Caller(session, auth.user(), auth.session());
    }

    /**
     * R-SEC-2: a change needs a sign-in with the password (or the user's provider) and 2SV where it
     * applies, within the last minutes; a token from an SSO session that signed in long ago is not
     * enough. A service account has no person to sign in: its client secret is its credential.
     */
    void requireFreshSignIn() {
        if (user.getServiceAccountClientLink() != null) {
            return;
        }
        if (!FreshSignIn.isFresh(userSession)) {
            throw ApiError.of(session, user, Response.Status.UNAUTHORIZED, "mdrive.api.signInAgain").exception();
        }
    }

    /**
     * The contract of that alias if the caller may manage it. An unknown alias and a contract of
     * someone else are refused alike, so the answer does not tell which aliases exist.
     */
    Contract contractItMayManage(String alias) {
        OrganizationModel organization = TypedLookup.organizationByAlias(session, alias);
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

    /** What the caller may do in that contract: the authority table for its role there. */
    Authority authorityIn(Contract contract) {
        return isRealmUserAdmin() ? Authority.ofOperator(contract, user, JapanCalendar.today())
                : Authority.ofMember(contract, user, JapanCalendar.today());
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
