package jp.mdrive.keycloak.core.sms;

/** A typed phone number that cannot receive our SMS; the message is a theme message key. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    public static final String MISSING = "mdrive.sms.phoneMissing";
    public static final String NOT_A_NUMBER = "mdrive.sms.phoneInvalid";
    public static final String NOT_MOBILE = "mdrive.sms.phoneNotMobile";
    public static final String REGION_NOT_ALLOWED = "mdrive.sms.phoneRegionNotAllowed";

    private static final long serialVersionUID = 1L;

    InvalidPhoneNumberException(String messageKey) {
        super(messageKey);
    }
}
