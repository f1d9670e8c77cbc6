package jp.mdrive.keycloak.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaskedAddressTest {

    @Test
    @DisplayName("R-SEC-6 the notice shows the new address masked: first characters and the top-level domain")
    void masked() {
        assertEquals("t***@e***.jp", MaskedAddress.of("taro.yamada@example.co.jp"));
        assertEquals("m***@l***.example", MaskedAddress.of("moved@lifecycle.example"));
        assertEquals("a***@l***", MaskedAddress.of("a@localhost"));
        assertEquals("***", MaskedAddress.of("no-at-sign"));
        assertEquals("***", MaskedAddress.of("@example.jp"));
        assertEquals("***", MaskedAddress.of("name@"));
        assertEquals("***", MaskedAddress.of(null));
    }
}
