package jp.mdrive.keycloak.adminapi;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.keycloak.models.KeycloakSession;

/** Root of {@code /realms/{realm}/mdrive}: every call carries a bearer token of that realm. */
public class MdriveResource {

    private final KeycloakSession session;
    private final LoginUrls loginUrls;

    MdriveResource(KeycloakSession session, LoginUrls loginUrls) {
        this.session = session;
        this.loginUrls = loginUrls;
    }

    @Path("contracts/{alias}")
    public ContractResource contract(@PathParam("alias") String alias) {
        Caller caller = Caller.authenticate(session);
        return new ContractResource(session, caller, caller.contractItMayManage(alias), loginUrls);
    }
}
