package jp.mdrive.keycloak.core.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "R-2SV-3 \"{0}\" is stored as {1}")
    @CsvFileSource(resources = "/jp/mdrive/keycloak/core/sms/mobile-numbers-accepted.csv", delimiter = '|')
    @DisplayName("R-2SV-3 Japanese mobile numbers as people type them are accepted and stored E.164")
    void accepted(String typed, String e164) {
        assertEquals(e164, PhoneNumbers.mobileE164(typed, PhoneNumbers.DEFAULT_REGIONS));
    }

    @ParameterizedTest(name = "R-2SV-3 \"{0}\" is refused with {1}")
    @CsvFileSource(resources = "/jp/mdrive/keycloak/core/sms/mobile-numbers-refused.csv", delimiter = '|')
    @DisplayName("R-2SV-3 landlines, IP phones, foreign and malformed numbers are refused with a reason")
    void refused(String typed, String reason) {
        assertEquals(reason, assertThrows(InvalidPhoneNumberException.class,
                () -> PhoneNumbers.mobileE164(typed, PhoneNumbers.DEFAULT_REGIONS)).getMessage());
    }

    @Test
    @DisplayName("R-2SV-3 logs show only the country code and the last two digits")
    void masked() {
        assertEquals("+81********78", MaskedPhoneNumber.of("+819012345678"));
    }
}
