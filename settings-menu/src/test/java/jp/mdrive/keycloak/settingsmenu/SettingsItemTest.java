package jp.mdrive.keycloak.settingsmenu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.models.OrganizationModel;

import jp.mdrive.keycloak.core.authority.Role;
import jp.mdrive.keycloak.core.authority.Situation;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.Plan;

class SettingsItemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** A contract of that plan; a trial started that many days ago. */
    private static Contract contract(Plan plan, int trialStartedDaysAgo) {
        Map<String, List<String>> attributes = Map.of(Contract.PLAN, List.of(plan.value()),
                Contract.TRIAL_STARTED_ON, List.of(TODAY.minusDays(trialStartedDaysAgo).toString()));
        OrganizationModel organization = (OrganizationModel) Proxy.newProxyInstance(SettingsItemTest.class.getClassLoader(),
                new Class<?>[] {OrganizationModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttributes" -> attributes;
                    case "getAlias" -> "test";
                    default -> null;
                });
        return Contract.of(organization);
    }

    private static List<String> visible(Plan plan, ContractRole role, boolean passwordUser, int trialStartedDaysAgo) {
        Contract contract = contract(plan, trialStartedDaysAgo);
        Viewer viewer = new Viewer(null, Optional.of(contract), Role.of(role),
                new Situation(plan, contract.planChangeLastDay(), TODAY, false, passwordUser));
        return Arrays.stream(SettingsItem.values()).filter(item -> item.visibleTo(viewer)).map(SettingsItem::id).toList();
    }

    @ParameterizedTest(name = "R-MENU-1 {0} {1}, password user {2}, trial started {3} days ago: {4}")
    @CsvSource(delimiter = '|', value = {
            "BASIC|CONTRACTOR|true|0|login-method email password access-route two-step active-directory contract plan cancellation members lines",
            "BASIC|ADMIN|true|0|password members lines",
            "BASIC|USER|true|0|password",
            "TRIAL|CONTRACTOR|true|5|password access-route two-step active-directory plan members lines",
            "TRIAL|ADMIN|true|5|password members lines",
            "TRIAL|USER|true|5|password",
            "TRIAL|CONTRACTOR|true|44|password access-route two-step active-directory plan members lines",
            "TRIAL|CONTRACTOR|true|45|password access-route two-step active-directory members lines",
            "BASIC|CONTRACTOR|false|0|login-method email access-route two-step active-directory contract plan cancellation members lines",
            "BASIC|USER|false|0|''"})
    @DisplayName("R-MENU-1 R-SEC-1 the menu's table by plan, role and login method, as the authority offers it")
    void table(Plan plan, ContractRole role, boolean passwordUser, int trialStartedDaysAgo, String expected) {
        List<String> items = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertEquals(items, visible(plan, role, passwordUser, trialStartedDaysAgo));
    }
}
