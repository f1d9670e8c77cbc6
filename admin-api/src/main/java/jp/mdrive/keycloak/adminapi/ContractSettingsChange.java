package jp.mdrive.keycloak.adminapi;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.events.admin.OperationType;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;

/**
 * R-OPS-8: the contract settings a realm admin edits, through the admin API or the console's M-Drive
 * tab; a null field stays as it is. Route and lines given together are judged together, as the
 * 回線認証設定 page saves them; every value goes through the {@link Contract} setters the contract
 * API uses.
 */
public record ContractSettingsChange(String accessRoute, List<String> lineNumbers, Boolean twoStepVerification) {

    static final String RESOURCE_TYPE = "MDRIVE_CONTRACT";

    /** The kinds of change asked for, each for the authority table to judge; none when nothing is. */
    List<Change> kinds() {
        List<Change> kinds = new ArrayList<>();
        if (accessRoute != null) {
            kinds.add(Change.ROUTE);
        }
        if (lineNumbers != null) {
            kinds.add(Change.LINES);
        }
        if (twoStepVerification != null) {
            kinds.add(Change.TWO_STEP_SWITCH);
        }
        return kinds;
    }

    /**
     * Makes the change as the authority's actor, recorded as an admin event of resource type
     * {@value #RESOURCE_TYPE}.
     *
     * @throws jp.mdrive.keycloak.core.identity.RefusedChange when the authority table refuses a kind of change
     * @throws jp.mdrive.keycloak.core.contract.InvalidContractSettingException when a value breaks a rule; nothing was written
     */
    void make(Authority authority, AdminEventBuilder adminEvent) {
        Contract contract = authority.contract();
        ContractChanges.make(authority, kinds(), () -> applyTo(contract));
        adminEvent.resource(RESOURCE_TYPE).operation(OperationType.UPDATE)
                .resourcePath(MdriveAdminResourceProviderFactory.ID, "contracts", contract.alias()).representation(this).success();
    }

    private void applyTo(Contract contract) {
        if (accessRoute != null && lineNumbers != null) {
            contract.setLineAuthentication(AccessRoute.parse(accessRoute), lineNumbers);
        } else if (accessRoute != null) {
            contract.setAccessRoute(AccessRoute.parse(accessRoute));
        } else if (lineNumbers != null) {
            contract.setLineNumbers(lineNumbers);
        }
        if (twoStepVerification != null) {
            contract.setTwoStepVerificationEnabled(twoStepVerification);
        }
    }
}
