package jp.mdrive.keycloak.core.metrics;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * R-OPS-7: every meter of the bundle, named once. They register on Micrometer's global registry,
 * which Keycloak (with {@code --metrics-enabled=true}) serves on the management port's
 * {@code /metrics} in Prometheus format: {@code mdrive.sms.sent} is scraped as
 * {@code mdrive_sms_sent_total}. With metrics off the global registry has no registry behind it and
 * every call here costs next to nothing. Each node counts its own; Prometheus sums the nodes.
 * Tags take values from small fixed sets only (provider ids, reasons, outcomes): never a user, a
 * number or an address, which would make a series per person.
 */
public final class MdriveMetrics {

    /** How a lock was lifted. */
    public enum UnlockPath {
        /** the unblock link of the lockout mail */
        LINK,
        /** an administrator */
        ADMIN,
        /** a password reset, which forgets the lock with the old password */
        PASSWORD_RESET
    }

    /** How the second step was answered. */
    public enum SecondFactor {
        SMS, APP, RECOVERY
    }

    /** What became of one typed second-step code. */
    public enum CodeOutcome {
        SUCCESS,
        WRONG,
        /** today's wrong codes were used up: nothing was compared */
        CAPPED
    }

    /** Why no SMS left. */
    public enum SmsRefusal {
        USER_DAILY_CAP, NUMBER_DAILY_CAP
    }

    private MdriveMetrics() {
    }

    public static void smsSent(String provider, Duration took) {
        smsLatency(provider, "sent", took);
        counter("mdrive.sms.sent", "SMS the provider accepted", "provider", provider).increment();
    }

    public static void smsFailed(String provider, Duration took) {
        smsLatency(provider, "failed", took);
        counter("mdrive.sms.failed", "SMS the provider did not accept", "provider", provider).increment();
    }

    public static void smsRefused(String provider, SmsRefusal reason) {
        counter("mdrive.sms.refused", "SMS not sent because a daily cap was reached", "provider", provider,
                "reason", tag(reason)).increment();
    }

    public static void locked() {
        counter("mdrive.lockout.locked", "accounts locked by consecutive wrong passwords").increment();
    }

    public static void unlocked(UnlockPath path) {
        counter("mdrive.lockout.unlocked", "locks lifted", "path", tag(path)).increment();
    }

    public static void secondStep(SecondFactor method, CodeOutcome outcome) {
        counter("mdrive.2sv.codes", "2-step verification codes typed", "method", tag(method), "outcome", tag(outcome))
                .increment();
    }

    /** @param reason one of the route check's fixed reasons ({@code not_through_a_line}, …) */
    public static void routeRefused(String reason) {
        counter("mdrive.route.refused", "sign-ins refused by a contract's access route", "reason", reason).increment();
    }

    public static void untrustedLineHeader() {
        counter("mdrive.line.header.untrusted", "requests carrying the line gateway header from a peer that is not the gateway")
                .increment();
    }

    /** @param kind the outbox row's kind ({@code template}, {@code password-reset}), tagged as {@code password_reset} */
    public static void mailFailed(String kind) {
        counter("mdrive.mail.failed", "mail attempts that failed (SMTP refused or unreachable)", "kind", word(kind)).increment();
    }

    /** @param kind as above */
    public static void mailRetried(String kind) {
        counter("mdrive.mail.retried", "mail attempts after a failed one", "kind", word(kind)).increment();
    }

    private static void smsLatency(String provider, String outcome, Duration took) {
        Timer.builder("mdrive.sms.provider.latency")
                .description("time the SMS provider took to take or refuse a message")
                .tags("provider", provider, "outcome", outcome)
                .register(registry())
                .record(took);
    }

    private static Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry());
    }

    private static MeterRegistry registry() {
        return Metrics.globalRegistry;
    }

    private static String word(String id) {
        return id.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
