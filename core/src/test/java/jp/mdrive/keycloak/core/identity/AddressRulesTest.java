package jp.mdrive.keycloak.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    /** A well-formed address of that many characters (196 to 258). */
    private static String address(int length) {
        return "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(length - 196) + ".jp";
    }

    @Test
    @DisplayName("R-SEC-10 an address of 254 characters is taken; one longer is refused, though Keycloak's own check would let it pass")
    void length() {
        assertEquals(254, AddressRules.wellFormed(" " + address(254).toUpperCase() + " ").length());
        RefusedChange refused = assertThrows(RefusedChange.class, () -> AddressRules.wellFormed(address(255)));
        assertEquals("mdrive.api.invalidEmail", refused.getMessage());
    }
}
