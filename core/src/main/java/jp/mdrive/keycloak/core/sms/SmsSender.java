package jp.mdrive.keycloak.core.sms;

import org.keycloak.provider.Provider;

/**
 * R-2SV-9: delivers one text message. Implementations are picked by server configuration
 * ({@code --spi-mdrive-sms-sender--provider=sns}); the 2-step verification never knows which.
 */
public interface SmsSender extends Provider {

    /**
     * @param phoneNumber E.164, as {@link PhoneNumbers} stores it
     * @throws SmsDeliveryException when the provider did not take the message; the caller tells
     *                              the user and does not count it against them
     */
    void send(String phoneNumber, String message) throws SmsDeliveryException;
}
