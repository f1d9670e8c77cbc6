package jp.mdrive.keycloak.authenticators.twostep;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.authenticators.LoginFlowSettings;
import jp.mdrive.keycloak.core.config.CommaList;
import jp.mdrive.keycloak.core.sms.PhoneNumbers;

/**
 * The 2SV step's settings on its execution in the admin console (R-2SV-1, -3, -4), with the manual's
 * defaults: each declared once, as a {@link Setting} both the admin console and the typed reading use.
 */
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

    static final Setting CODE_LIFETIME = Setting.number("mdrive.2sv.code-lifetime-seconds", "SMS code lifetime (seconds)",
            "How long a code sent by SMS can be used.", 300);
    static final Setting CODE_TRIES = Setting.number("mdrive.2sv.code-tries", "Tries per SMS code",
            "Wrong entries allowed per code; then a new code must be sent.", 5);
    static final Setting RESEND_COOLDOWN = Setting.number("mdrive.2sv.resend-cooldown-seconds", "Resend cooldown (seconds)",
            "Time between two codes sent to the same sign-in.", 60);
    static final Setting SMS_PER_USER = Setting.number("mdrive.2sv.sms-per-user-per-day", "SMS per user per day",
            "Codes sent to one user per day (Japan time), against SMS pumping.", 10);
    static final Setting SMS_PER_NUMBER = Setting.number("mdrive.2sv.sms-per-number-per-day", "SMS per number per day",
            "Codes sent to one phone number per day (Japan time), whoever asks.", 10);
    static final Setting WRONG_CODES_PER_USER = Setting.number("mdrive.2sv.wrong-codes-per-user-per-day", "Wrong codes per user per day",
            "Wrong SMS, authenticator or recovery codes one user may enter per day, in the browser and through the password grant,"
                    + " before 2SV refuses until tomorrow.", 30);
    static final Setting REMEMBER_DAYS = Setting.number("mdrive.2sv.remember-days", "Remember browser for (days)",
            "How long 'このブラウザを一定期間、記憶する' spares a browser the second step.", 30);
    static final Setting INACTIVITY_DAYS = Setting.number("mdrive.2sv.inactivity-days", "Ask again after inactivity (days)",
            "A user whose last sign-in is this many days ago is asked even on a remembered browser.", 30);
    static final Setting PHONE_REGIONS = Setting.text("mdrive.2sv.phone-regions", "Phone regions",
            "Comma-separated ISO region codes whose mobile numbers are accepted for SMS.", "JP");

    /** What the admin console offers, from the same declarations {@link #of} reads its defaults from. */
    static final List<ProviderConfigProperty> CONFIG = Stream.of(CODE_LIFETIME, CODE_TRIES, RESEND_COOLDOWN, SMS_PER_USER,
            SMS_PER_NUMBER, WRONG_CODES_PER_USER, REMEMBER_DAYS, INACTIVITY_DAYS, PHONE_REGIONS).map(Setting::property).toList();

    static TwoStepSettings of(AuthenticatorConfigModel config) {
        return new TwoStepSettings(
                Duration.ofSeconds(CODE_LIFETIME.positiveInt(config)),
                CODE_TRIES.positiveInt(config),
                Duration.ofSeconds(RESEND_COOLDOWN.positiveInt(config)),
                SMS_PER_USER.positiveInt(config),
                SMS_PER_NUMBER.positiveInt(config),
                WRONG_CODES_PER_USER.positiveInt(config),
                Duration.ofDays(REMEMBER_DAYS.positiveInt(config)),
                Duration.ofDays(INACTIVITY_DAYS.positiveInt(config)),
                regions(ExecutionConfig.string(config, PHONE_REGIONS.key(), PHONE_REGIONS.defaultValue())));
    }

    /**
     * The realm's 2SV settings: those of the login flow's 2SV step, which the password grant's step
     * obeys too (it has none of its own), so the daily allowance it shares is one number.
     */
    static TwoStepSettings of(KeycloakSession session, RealmModel realm) {
        return of(LoginFlowSettings.of(session, realm, TwoStepVerificationFactory.PROVIDER_ID).orElse(null));
    }

    private static Set<String> regions(String typed) {
        Set<String> regions = CommaList.parse(typed).stream().map(String::toUpperCase).collect(Collectors.toUnmodifiableSet());
        return regions.isEmpty() ? PhoneNumbers.DEFAULT_REGIONS : regions;
    }

    /** One setting, declared once: its key, its admin-console text and its default. */
    record Setting(String key, String label, String help, String type, String defaultValue) {

        static Setting number(String key, String label, String help, int defaultValue) {
            return new Setting(key, label, help, ProviderConfigProperty.INTEGER_TYPE, Integer.toString(defaultValue));
        }

        static Setting text(String key, String label, String help, String defaultValue) {
            return new Setting(key, label, help, ProviderConfigProperty.STRING_TYPE, defaultValue);
        }

        ProviderConfigProperty property() {
            return new ProviderConfigProperty(key, label, help, type, defaultValue);
        }

        int positiveInt(AuthenticatorConfigModel config) {
            return ExecutionConfig.positiveInt(config, key, Integer.parseInt(defaultValue));
        }
    }
}
