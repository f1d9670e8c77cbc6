package jp.mdrive.keycloak.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @ParameterizedTest(name = "R-LINE-2 {0} is read as {1}")
    @CsvFileSource(resources = "/jp/mdrive/keycloak/core/contract/line-numbers-accepted.csv", delimiter = '|')
    @DisplayName("R-LINE-2 line numbers are trimmed, folded and upper-cased")
    void lineNumbersAccepted(String typed, String stored) {
        assertEquals(stored, LineNumber.parse(typed).value());
    }

    @ParameterizedTest(name = "R-LINE-2 \"{0}\" is refused")
    @ValueSource(strings = {"", "CAF123456789", "CAF12345678901", "COP1234567", "COP123456789",
            "CAX1234567890", "CAF12345-7890", "CAF 1234567890", "1234567890123", "CAF12345678９Ａ!"})
    @DisplayName("R-LINE-2 malformed line numbers are refused with the expected-form message")
    void lineNumbersRefused(String typed) {
        InvalidContractSettingException refused = assertThrows(InvalidContractSettingException.class, () -> LineNumber.parse(typed));
        assertEquals("mdrive.contract.invalidLineNumber", refused.getMessage());
    }

    @ParameterizedTest(name = "R-LINE-5 \"{0}\" is quoted back as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "' caf123 '|caf123",
            "'CAF\u0000123\u001B'|CAF?123?",
            "'\u202ECAF123'|?CAF123",
            "CAF12345678901234567890|CAF12345678901234567…"})
    @DisplayName("R-LINE-5 R-SEC-10 a refused line number is quoted without control characters and cut short")
    void refusedLineNumberShown(String typed, String shown) {
        assertEquals(shown, LineNumber.shown(typed));
        InvalidContractSettingException refused = assertThrows(InvalidContractSettingException.class, () -> LineNumber.parse(typed));
        assertEquals(shown, refused.getParameters()[0]);
    }

    @ParameterizedTest(name = "R-LOGIN-3 connection ID \"{0}\" is refused")
    @ValueSource(strings = {"", "adfs-", "adfs-ABCDEFGHIJ1234567", "adfs-ABCDEFGHIJ123456789", "ADFS-ABCDEFGHIJ12345678",
            "adfs_ABCDEFGHIJ12345678", "adfs-ABCDEFGHIJ1234567!"})
    @DisplayName("R-LOGIN-3 malformed connection IDs are refused")
    void connectionIdsRefused(String typed) {
        assertThrows(InvalidContractSettingException.class, () -> ConnectionId.parse(typed));
    }

    @ParameterizedTest(name = "plan \"{0}\" is refused")
    @ValueSource(strings = {"", "Basic", "gold"})
    @DisplayName("Unknown plans and routes are refused")
    void unknownEnumsRefused(String value) {
        assertThrows(InvalidContractSettingException.class, () -> Plan.parse(value));
        assertThrows(InvalidContractSettingException.class, () -> AccessRoute.parse(value));
    }
}
