package jp.mdrive.keycloak.authenticators.twostep;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.core.sms.PhoneNumbers;

/** The 2SV step's settings on its execution in the admin console (R-2SV-1, -3, -4), with the manual's defaults. */
record TwoStepSettings(
        Duration codeLifetime,
        int codeTries,
        Duration resendCooldown,
        int smsPerUserPerDay,
        int smsPerNumberPerDay,
        int wrongCodesPerUserPerDay,
        Duration rememberFor,
        Duration inactivity,
        Set<String> phoneRegions) {

    static final String CODE_LIFETIME = "mdrive.2sv.code-lifetime-seconds";
    static final String CODE_TRIES = "mdrive.2sv.code-tries";
    static final String RESEND_COOLDOWN = "mdrive.2sv.resend-cooldown-seconds";
    static final String SMS_PER_USER = "mdrive.2sv.sms-per-user-per-day";
    static final String SMS_PER_NUMBER = "mdrive.2sv.sms-per-number-per-day";
    static final String WRONG_CODES_PER_USER = "mdrive.2sv.wrong-codes-per-user-per-day";
    static final String REMEMBER_DAYS = "mdrive.2sv.remember-days";
    static final String INACTIVITY_DAYS = "mdrive.2sv.inactivity-days";
    static final String PHONE_REGIONS = "mdrive.2sv.phone-regions";

    static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(CODE_LIFETIME).label("SMS code lifetime (seconds)")
            .helpText("How long a code sent by SMS can be used.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("300").add()
            .property().name(CODE_TRIES).label("Tries per SMS code")
            .helpText("Wrong entries allowed per code; then a new code must be sent.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("5").add()
            .property().name(RESEND_COOLDOWN).label("Resend cooldown (seconds)")
            .helpText("Time between two codes sent to the same sign-in.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("60").add()
            .property().name(SMS_PER_USER).label("SMS per user per day")
            .helpText("Codes sent to one user per day (Japan time), against SMS pumping.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("10").add()
            .property().name(SMS_PER_NUMBER).label("SMS per number per day")
            .helpText("Codes sent to one phone number per day (Japan time), whoever asks.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("10").add()
            .property().name(WRONG_CODES_PER_USER).label("Wrong codes per user per day")
            .helpText("Wrong SMS, authenticator or recovery codes one user may enter per day before 2SV refuses until tomorrow.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("30").add()
            .property().name(REMEMBER_DAYS).label("Remember browser for (days)")
            .helpText("How long 'このブラウザを一定期間、記憶する' spares a browser the second step.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("30").add()
            .property().name(INACTIVITY_DAYS).label("Ask again after inactivity (days)")
            .helpText("A user whose last sign-in is this many days ago is asked even on a remembered browser.")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue("30").add()
            .property().name(PHONE_REGIONS).label("Phone regions")
            .helpText("Comma-separated ISO region codes whose mobile numbers are accepted for SMS.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("JP").add()
            .build();

    static TwoStepSettings of(AuthenticatorConfigModel config) {
        return new TwoStepSettings(
                Duration.ofSeconds(ExecutionConfig.positiveInt(config, CODE_LIFETIME, 300)),
                ExecutionConfig.positiveInt(config, CODE_TRIES, 5),
                Duration.ofSeconds(ExecutionConfig.positiveInt(config, RESEND_COOLDOWN, 60)),
                ExecutionConfig.positiveInt(config, SMS_PER_USER, 10),
                ExecutionConfig.positiveInt(config, SMS_PER_NUMBER, 10),
                ExecutionConfig.positiveInt(config, WRONG_CODES_PER_USER, 30),
                Duration.ofDays(ExecutionConfig.positiveInt(config, REMEMBER_DAYS, 30)),
                Duration.ofDays(ExecutionConfig.positiveInt(config, INACTIVITY_DAYS, 30)),
                regions(ExecutionConfig.string(config, PHONE_REGIONS, "")));
    }

    private static Set<String> regions(String typed) {
        Set<String> regions = Arrays.stream(typed.split(","))
                .map(String::strip).filter(region -> !region.isEmpty()).map(String::toUpperCase)
                .collect(Collectors.toUnmodifiableSet());
        return regions.isEmpty() ? PhoneNumbers.DEFAULT_REGIONS : regions;
    }
}
