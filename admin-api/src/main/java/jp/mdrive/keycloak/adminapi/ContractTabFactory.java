package jp.mdrive.keycloak.adminapi;

import java.util.List;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.RefusedChange;
import jp.mdrive.keycloak.core.text.TypedLookup;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * R-OPS-8: the "M-Drive" tab of an organization (a contract) in the admin console (feature
 * {@code declarative-ui}): the route, lines and 2SV switch an admin changes, each left empty to keep
 * it. As {@link LockTabFactory}: one stored form per realm, so saving it is the change, made while
 * the form is validated with the admin API's own code ({@link ContractSettingsChange}), refused with
 * its message, and the form stored empty again. The values as they stand are on the organization's
 * Attributes tab ({@code mdrive.*}).
 */
public class ContractTabFactory extends ConsoleTab {

    public static final String ID = "mdrive-contract";
    static final String ROUTE = "accessRoute";
    static final String LINES = "lineNumbers";
    static final String TWO_STEP = "twoStepVerification";
    /** The choice that keeps a setting as it is. */
    static final String UNCHANGED = "-";

    public ContractTabFactory() {
        super(ID, "/:realm/organizations/:id/:tab", "mdriveContractTabHelp");
    }

    @Override
    ProviderConfigurationBuilder fields(ProviderConfigurationBuilder builder) {
        return builder
                .property().name(ROUTE).type(ProviderConfigProperty.LIST_TYPE).label("mdriveAccessRoute")
                .helpText("mdriveAccessRouteHelp").options(UNCHANGED, "line+internet", "line-only").defaultValue(UNCHANGED).add()
                .property().name(LINES).type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE).label("mdriveLineNumbers")
                .helpText("mdriveLineNumbersHelp").add()
                .property().name(TWO_STEP).type(ProviderConfigProperty.LIST_TYPE).label("mdriveTwoStepVerification")
                .helpText("mdriveTwoStepVerificationHelp").options(UNCHANGED, "on", "off").defaultValue(UNCHANGED).add();
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) {
        String organizationId = model.get(ENTITY_ID);
        String route = chosen(model.get(ROUTE));
        List<String> lines = model.getConfig().getOrDefault(LINES, List.of()).stream().filter(line -> line != null && !line.isBlank()).toList();
        String twoStep = chosen(model.get(TWO_STEP));
        model.setConfig(new MultivaluedHashMap<>());
        if (route == null && lines.isEmpty() && twoStep == null) {
            return;
        }
        ConsoleAdmin admin = ConsoleAdmin.of(session, realm);
        OrganizationModel organization = TypedLookup.organization(session, organizationId);
        if (organization == null || !admin.permissions().orgs().canManage(organization)) {
            throw admin.refusal("mdrive.admin.mayNotChangeContract");
        }
        Contract contract = Contract.of(organization);
        try {
            new ContractSettingsChange(route, lines.isEmpty() ? null : lines, switchOf(twoStep))
                    .make(Authority.ofOperator(contract, admin.user(), JapanCalendar.today()), admin.events());
        } catch (RefusedChange | InvalidContractSettingException e) {
            throw admin.refusal(e.getMessage(), e.getParameters());
        }
    }

    private static String chosen(String value) {
        return value == null || value.isBlank() || UNCHANGED.equals(value) ? null : value;
    }

    private static Boolean switchOf(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidContractSettingException("mdrive.contract.invalidTwoStepVerification", value);
        };
    }
}
