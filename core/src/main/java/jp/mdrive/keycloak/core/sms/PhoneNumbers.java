package jp.mdrive.keycloak.core.sms;

import java.text.Normalizer;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * R-2SV-3: the mobile number a user types for SMS codes, read the way Japanese users write it
 * (090-1234-5678, 09012345678, +81 90 1234 5678, full-width digits) and stored as E.164. Only mobile
 * numbers of the allowed regions pass: a landline cannot receive the code, and premium or foreign
 * numbers are what SMS pumping goes after.
 */
public final class PhoneNumbers {

    /** The manual's users are in Japan; operators may allow more regions. */
    public static final Set<String> DEFAULT_REGIONS = Set.of("JP");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The E.164 form, or an {@link InvalidPhoneNumberException} that says why not. */
    public static String mobileE164(String typed, Set<String> allowedRegions) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.MISSING);
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        PhoneNumber number;
        try {
            number = UTIL.parse(folded, "JP");
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.NOT_A_NUMBER);
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.NOT_A_NUMBER);
        }
        if (!allowedRegions.contains(UTIL.getRegionCodeForNumber(number))) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.REGION_NOT_ALLOWED);
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.NOT_MOBILE);
        }
        return UTIL.format(number, PhoneNumberFormat.E164);
    }
}
