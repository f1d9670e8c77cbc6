package jp.mdrive.keycloak.adminapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;

import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/mdrive/contracts/{alias}}: one contract's settings. */
public class ContractResource {

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
        try {
            return ContractRepresentation.of(contract);
        } catch (InvalidContractSettingException e) {
            // Someone stored a value by hand that breaks a rule: say which, rather than fail.
            throw ApiError.of(session, caller.user(), Response.Status.CONFLICT, e.getMessage(), e.getParameters()).exception();
        }
    }
}
