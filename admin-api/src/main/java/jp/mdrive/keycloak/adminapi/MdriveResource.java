package jp.mdrive.keycloak.adminapi;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;

import jp.mdrive.keycloak.settingsmenu.SettingsEntry;

/**
 * Root of {@code /realms/{realm}/mdrive}: every call carries a bearer token of that realm, except the
 * API's own OpenAPI description.
 */
public class MdriveResource {

    private final KeycloakSession session;

    MdriveResource(KeycloakSession session) {
        this.session = session;
    }

    /** The OpenAPI description of this API, kept beside the code it describes. */
    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response openApi() {
        InputStream document = MdriveResource.class.getResourceAsStream("openapi.yaml");
        return document == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(document).build();
    }

    /** The settings menu's way in and out, mounted here for its URL; pages, not API: no bearer token. */
    @Path("settings")
    public SettingsEntry settings() {
        return new SettingsEntry(session);
    }

    @Path("me")
    public MeResource me() {
        return new MeResource(session, Caller.authenticate(session));
    }

    @Path("contracts/{alias}")
    public ContractResource contract(@PathParam("alias") String alias) {
        Caller caller = Caller.authenticate(session);
        return new ContractResource(session, caller, caller.contractItMayManage(alias));
    }
}
