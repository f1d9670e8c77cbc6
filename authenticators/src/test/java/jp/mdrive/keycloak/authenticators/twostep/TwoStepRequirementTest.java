package jp.mdrive.keycloak.authenticators.twostep;

import static jp.mdrive.keycloak.authenticators.Members.INTERNET;
import static jp.mdrive.keycloak.authenticators.Members.OTHER_LINE;
import static jp.mdrive.keycloak.authenticators.Members.REGISTERED;
import static jp.mdrive.keycloak.authenticators.Members.member;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mdrive.keycloak.authenticators.Members;
import jp.mdrive.keycloak.authenticators.twostep.TwoStepRequirement.Skip;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.LineNumber;

class TwoStepRequirementTest {

    private static final Optional<Skip> ASK = Optional.empty();

    private static Optional<Skip> decide(Optional<Contract> contract, ContractRole role, Optional<LineNumber> line, boolean settingsClient) {
        return TwoStepRequirement.byUserAndContract(true, () -> contract, member(role), () -> line, settingsClient);
    }

    private static Contract contract(String route, String twoStep) {
        return Members.contract(Map.of(Contract.ACCESS_ROUTE, route, Contract.TWO_STEP_VERIFICATION, twoStep));
    }

    @Test
    @DisplayName("R-2SV-1 federated and AD users are never asked: their contract and line are not even read")
    void notPasswordUser() {
        assertEquals(Optional.of(Skip.NOT_PASSWORD_USER), TwoStepRequirement.byUserAndContract(false,
                () -> Assertions.fail("contract read"), member(ContractRole.USER), () -> Assertions.fail("line read"), false));
    }

    @Test
    @DisplayName("R-2SV-1 a password user without a contract is asked")
    void noContract() {
        assertEquals(ASK, decide(Optional.empty(), ContractRole.USER, INTERNET, false));
    }

    @ParameterizedTest(name = "R-2SV-1 R-2SV-7 line+internet, switch {0}: {1}")
    @CsvSource({"true,ASK", "false,CONTRACT_SWITCHED_OFF"})
    @DisplayName("R-2SV-1 R-2SV-7 on line+internet the contract's switch decides")
    void switchDecides(String twoStep, String expected) {
        assertEquals(skip(expected), decide(Optional.of(contract("line+internet", twoStep)), ContractRole.USER, INTERNET, false));
    }

    @ParameterizedTest(name = "R-2SV-7 R-SEC-3 line-only, switch {0}, through a registered line: skipped as LINE_ONLY")
    @CsvSource({"true", "false"})
    void lineOnlyThroughRegisteredLine(String twoStep) {
        assertEquals(Optional.of(Skip.LINE_ONLY),
                decide(Optional.of(contract("line-only", twoStep)), ContractRole.USER, Optional.of(REGISTERED), false));
    }

    @ParameterizedTest(name = "R-SEC-3 line-only, switch {0}: the contractor on the settings client through {1} is asked")
    @CsvSource({"true,internet", "false,internet", "false,other line"})
    void contractorOnSettingsIsAsked(String twoStep, String through) {
        assertEquals(ASK, decide(Optional.of(contract("line-only", twoStep)), ContractRole.CONTRACTOR, route(through), true));
    }

    @ParameterizedTest(name = "R-SEC-3 line-only, switch {0}, a {1} on the settings client {2} through {3}: ROUTE_REFUSED")
    @CsvSource({
            "false,CONTRACTOR,false,internet",
            "false,ADMIN,true,internet",
            "false,USER,true,internet",
            "false,USER,false,other line",
            "true,ADMIN,true,other line"})
    @DisplayName("R-SEC-3 line-only: anyone else off a registered line skips 2SV only to be refused by the route check")
    void othersRouteRefused(String twoStep, ContractRole role, boolean settingsClient, String through) {
        assertEquals(Optional.of(Skip.ROUTE_REFUSED), decide(Optional.of(contract("line-only", twoStep)), role, route(through), settingsClient));
    }

    @Test
    @DisplayName("R-2SV-7 an unreadable switch asks: a broken value never opens the door")
    void unreadableSwitch() {
        assertEquals(ASK, decide(Optional.of(contract("line+internet", "maybe")), ContractRole.USER, INTERNET, false));
    }

    private static Optional<LineNumber> route(String through) {
        return "internet".equals(through) ? INTERNET : Optional.of(OTHER_LINE);
    }

    private static Optional<Skip> skip(String name) {
        return "ASK".equals(name) ? ASK : Optional.of(Skip.valueOf(name));
    }
}
