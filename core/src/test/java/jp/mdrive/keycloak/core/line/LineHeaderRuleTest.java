package jp.mdrive.keycloak.core.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mdrive.keycloak.core.contract.LineNumber;

class LineHeaderRuleTest {

    private final LineHeaderRule rule = LineHeaderRule.of("X-Mdrive-Line-Id", "10.20.0.0/16, 192.0.2.7, 2001:db8:1::/48");

    @ParameterizedTest
    @CsvSource({
            "10.20.0.1, true", "10.20.255.254, true", "10.21.0.1, false", "192.0.2.7, true", "192.0.2.8, false",
            "::ffff:10.20.3.4, true", "2001:db8:1:ffff::1, true", "2001:db8:2::1, false", "::1, false", "127.0.0.1, false"})
    @DisplayName("R-LINE-3 CIDR blocks of both families decide whom the header is believed from")
    void trustedPeers(String peer, boolean believed) {
        assertEquals(believed, rule.lineOf("CAF1234567890", peer).isPresent(), peer);
    }

    @Test
    @DisplayName("R-LINE-3 the gateway's value is read as a line number; junk and absence mean internet")
    void values() {
        assertEquals(Optional.of(new LineNumber("COP12345678")), rule.lineOf(" cop12345678 ", "10.20.0.1"));
        assertTrue(rule.lineOf("CAX1234567890", "10.20.0.1").isEmpty());
        assertTrue(rule.lineOf(null, "10.20.0.1").isEmpty());
        assertTrue(rule.lineOf("CAF1234567890", "not-an-address").isEmpty(), "no DNS lookups of peers");
    }

    @Test
    @DisplayName("R-LINE-3 nobody is trusted until blocks are configured")
    void trustsNobodyByDefault() {
        assertTrue(LineHeaderRule.of("X-Mdrive-Line-Id", "").lineOf("CAF1234567890", "10.20.0.1").isEmpty());
    }

    @Test
    @DisplayName("R-LINE-3 blocks must be literal addresses with a prefix in range")
    void badBlocks() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("gateway.example"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("2001:db8::/129"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/x"));
        assertFalse(Cidr.parse("10.0.0.0/8").contains(InetAddress.getByName("2001:db8::1")));
        assertTrue(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("203.0.113.9")));
    }
}
