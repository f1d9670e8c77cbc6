package jp.mdrive.keycloak.adminapi;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.mdrive.keycloak.core.text.TypedLookup;


/**
 * Root of {@code /admin/realms/{realm}/mdrive} (R-OPS-8): what the realm's admins see and do of
 * M-Drive, authenticated and authorized by Keycloak's admin API like the rest of the console's calls.
 */
public class MdriveAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    MdriveAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @Path("locks")
    public LocksResource locks() {
        return new LocksResource(session, realm, auth, adminEvent);
    }

    /** An unknown alias is a 404 for an admin who may query organizations, else refused alike, as Keycloak's own endpoint does. */
    @Path("contracts/{alias}")
    public AdminContractResource contract(@PathParam("alias") String alias) {
        OrganizationModel organization = TypedLookup.organizationByAlias(session, alias);
        if (organization == null) {
            if (!auth.orgs().canQuery()) {
                throw new ForbiddenException();
            }
            throw ApiError.of(session, auth.adminAuth().getUser(), Response.Status.NOT_FOUND, "mdrive.api.contractNotFound", alias).exception();
        }
        return new AdminContractResource(session, auth, adminEvent, organization);
    }
}
