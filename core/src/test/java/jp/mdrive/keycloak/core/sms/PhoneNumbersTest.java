package jp.mdrive.keycloak.core.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "R-2SV-3 \"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', value = {
            "090-1234-5678|+819012345678",
            "09012345678|+819012345678",
            "'  090 1234 5678 '|+819012345678",
            "+81 90 1234 5678|+819012345678",
            "+819012345678|+819012345678",
            "080-9876-5432|+818098765432",
            "070-1234-5678|+817012345678",
            "０９０－１２３４－５６７８|+819012345678",
            "(090) 1234-5678|+819012345678"})
    @DisplayName("R-2SV-3 Japanese mobile numbers as people type them are accepted and stored E.164")
    void accepted(String typed, String e164) {
        assertEquals(e164, PhoneNumbers.mobileE164(typed, PhoneNumbers.DEFAULT_REGIONS));
    }

    @ParameterizedTest(name = "R-2SV-3 \"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', value = {
            "03-1234-5678|mdrive.sms.phoneNotMobile",
            "06-6123-4567|mdrive.sms.phoneNotMobile",
            "0120-123-456|mdrive.sms.phoneNotMobile",
            "050-1234-5678|mdrive.sms.phoneNotMobile",
            "090-1234-567|mdrive.sms.phoneInvalid",
            "abc|mdrive.sms.phoneInvalid",
            "12|mdrive.sms.phoneInvalid",
            "+1 202 555 0143|mdrive.sms.phoneRegionNotAllowed",
            "+44 7911 123456|mdrive.sms.phoneRegionNotAllowed",
            "'   '|mdrive.sms.phoneMissing"})
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
