package jp.mdrive.keycloak.core.sms;

/** The SMS provider did not accept a message. The message of this exception never holds the number or the text. */
public class SmsDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public SmsDeliveryException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
