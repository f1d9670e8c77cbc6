package jp.mdrive.keycloak.authenticators.line;

import static jp.mdrive.keycloak.authenticators.Members.INTERNET;
import static jp.mdrive.keycloak.authenticators.Members.OTHER_LINE;
import static jp.mdrive.keycloak.authenticators.Members.REGISTERED;
import static jp.mdrive.keycloak.authenticators.Members.lineOnly;
import static jp.mdrive.keycloak.authenticators.Members.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.mdrive.keycloak.authenticators.Members;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.LineNumber;

class RouteRuleTest {

    private static RouteRule.Verdict judge(Optional<Contract> contract, ContractRole role, Optional<LineNumber> line,
            boolean settingsClient) {
        return RouteRule.judge(contract, member(role), line, settingsClient);
    }

    @Test
    @DisplayName("R-LINE-4 without a contract or on line+internet every route is open")
    void openRoutes() {
        assertEquals(new RouteRule.Verdict(true, "line_and_internet", "internet"),
                judge(Optional.empty(), ContractRole.USER, INTERNET, false));
        Contract both = Members.contract(Map.of(Contract.ACCESS_ROUTE, "line+internet"));
        assertEquals(new RouteRule.Verdict(true, "line_and_internet", OTHER_LINE.value()),
                judge(Optional.of(both), ContractRole.USER, Optional.of(OTHER_LINE), false));
    }

    @Test
    @DisplayName("R-LINE-4 line-only: a registered line lets a member in, another line or the internet does not")
    void lineOnlyByLine() {
        assertEquals(new RouteRule.Verdict(true, "registered_line", REGISTERED.value()),
                judge(Optional.of(lineOnly()), ContractRole.USER, Optional.of(REGISTERED), false));
        assertEquals(new RouteRule.Verdict(false, "unregistered_line", OTHER_LINE.value()),
                judge(Optional.of(lineOnly()), ContractRole.USER, Optional.of(OTHER_LINE), false));
        assertEquals(new RouteRule.Verdict(false, "not_through_a_line", "internet"),
                judge(Optional.of(lineOnly()), ContractRole.USER, INTERNET, false));
    }

    @Test
    @DisplayName("R-LINE-4 R-SEC-3 line-only from the internet: the contractor reaches the settings menu, nothing else")
    void contractorToSettingsOnly() {
        assertEquals(new RouteRule.Verdict(true, "settings_menu", "internet"),
                judge(Optional.of(lineOnly()), ContractRole.CONTRACTOR, INTERNET, true));
        assertEquals(new RouteRule.Verdict(false, "not_through_a_line", "internet"),
                judge(Optional.of(lineOnly()), ContractRole.CONTRACTOR, INTERNET, false));
    }

    @ParameterizedTest(name = "R-LINE-4 R-SEC-3 line-only from the internet: the settings menu refuses a {0}")
    @EnumSource(value = ContractRole.class, names = {"ADMIN", "USER"})
    void othersRefusedOnSettings(ContractRole role) {
        assertEquals(new RouteRule.Verdict(false, "not_through_a_line", "internet"), judge(Optional.of(lineOnly()), role, INTERNET, true));
    }

    @Test
    @DisplayName("R-LINE-4 an unreadable route setting is no verdict of the rule: the caller refuses it")
    void unreadableRoute() {
        Contract broken = Members.contract(Map.of(Contract.ACCESS_ROUTE, "sometimes"));
        assertThrows(InvalidContractSettingException.class,
                () -> judge(Optional.of(broken), ContractRole.USER, Optional.of(REGISTERED), false));
    }
}
