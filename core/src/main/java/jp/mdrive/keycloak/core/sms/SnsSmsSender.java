package jp.mdrive.keycloak.core.sms;

import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Amazon SNS direct SMS publish, as transactional messages (never marketing-rate, never dropped for cost). */
final class SnsSmsSender implements SmsSender {

    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

    private static final Logger LOG = Logger.getLogger(SnsSmsSender.class);

    private final SnsClient client;
    private final Map<String, MessageAttributeValue> attributes;

    SnsSmsSender(SnsClient client, String senderId) {
        this.client = client;
        Map<String, MessageAttributeValue> values = new HashMap<>();
        values.put(SMS_TYPE, text("Transactional"));
        if (senderId != null && !senderId.isBlank()) {
            values.put(SENDER_ID, text(senderId));
        }
        this.attributes = Map.copyOf(values);
    }

    @Override
    public void send(String phoneNumber, String message) throws SmsDeliveryException {
        try {
            String id = client.publish(PublishRequest.builder()
                    .phoneNumber(phoneNumber)
                    .message(message)
                    .messageAttributes(attributes)
                    .build()).messageId();
            LOG.debugf("SMS to %s accepted by SNS as %s", MaskedPhoneNumber.of(phoneNumber), id);
        } catch (SdkException e) {
            LOG.warnf("SNS refused the SMS to %s: %s", MaskedPhoneNumber.of(phoneNumber), e.getClass().getSimpleName());
            throw new SmsDeliveryException("SNS did not accept the message", e);
        }
    }

    @Override
    public void close() {
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
