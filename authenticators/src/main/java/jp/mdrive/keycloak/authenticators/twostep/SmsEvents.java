package jp.mdrive.keycloak.authenticators.twostep;

import java.time.Duration;
import java.util.Locale;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SmsRefusal;
import jp.mdrive.keycloak.core.sms.MaskedPhoneNumber;
import jp.mdrive.keycloak.core.sms.SmsSender;

/**
 * Each SMS outcome as a meter and as a Keycloak event of the sign-in, so that the admin console's
 * events show sends, provider failures and refusals by a daily cap with the number masked. Keycloak
 * has no event type for a text message (its SEND_* types name e-mail), so these are
 * {@link EventType#CUSTOM_REQUIRED_ACTION}, Keycloak's type for a step an extension adds to the
 * user's sign-in, told apart by {@value #OUTCOME}; failures and refusals are its error type with
 * {@value #FAILED} or {@value #REFUSED}.
 */
final class SmsEvents implements SmsAudit {

    static final String OUTCOME = "mdrive_sms";
    static final String PROVIDER = "mdrive_sms_provider";
    static final String PHONE = "mdrive_phone";
    static final String FAILED = "mdrive_sms_failed";
    static final String REFUSED = "mdrive_sms_refused";

    private final EventBuilder signIn;
    private final UserModel user;
    private final String provider;

    SmsEvents(KeycloakSession session, EventBuilder signIn, UserModel user) {
        this.signIn = signIn;
        this.user = user;
        this.provider = session.getKeycloakSessionFactory().getProviderFactory(SmsSender.class).getId();
    }

    @Override
    public void sent(String e164, Duration took) {
        MdriveMetrics.smsSent(provider, took);
        event("sent", e164).success();
    }

    @Override
    public void failed(String e164, Duration took) {
        MdriveMetrics.smsFailed(provider, took);
        event("failed", e164).error(FAILED);
    }

    @Override
    public void refused(String e164, SmsRefusal reason) {
        MdriveMetrics.smsRefused(provider, reason);
        event("refused", e164).detail(Details.REASON, reason.name().toLowerCase(Locale.ROOT)).error(REFUSED);
    }

    private EventBuilder event(String outcome, String e164) {
        return signIn.clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(user)
                .detail(OUTCOME, outcome).detail(PROVIDER, provider).detail(PHONE, MaskedPhoneNumber.of(e164));
    }
}
