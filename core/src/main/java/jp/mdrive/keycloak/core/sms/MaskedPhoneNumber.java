package jp.mdrive.keycloak.core.sms;

/** A phone number as logs may show it: country code and the last two digits only. */
public final class MaskedPhoneNumber {

    private MaskedPhoneNumber() {
    }

    public static String of(String e164) {
        if (e164 == null || e164.length() < 6) {
            return "***";
        }
        return e164.substring(0, 3) + "*".repeat(e164.length() - 5) + e164.substring(e164.length() - 2);
    }
}
