package jp.mdrive.keycloak.authenticators.twostep;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.code.DailyAllowance;
import jp.mdrive.keycloak.core.code.DurableSlots;
import jp.mdrive.keycloak.core.code.OneTimeCode;
import jp.mdrive.keycloak.core.code.SlotStore;
import jp.mdrive.keycloak.core.messages.ThemeMessages;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SmsRefusal;
import jp.mdrive.keycloak.core.sms.SmsDeliveryException;
import jp.mdrive.keycloak.core.sms.SmsSender;

/**
 * R-2SV-3: the SMS code of one sign-in, for enrolment and for login alike. Sending goes through the
 * resend cooldown and the daily caps per user and per number before any SMS leaves; a provider
 * failure is reported as such and costs the user nothing but the cap slot. All three hold against
 * parallel requests (R-SEC-8), and so do the code's tries ({@link OneTimeCode}). Sends, failures and
 * refusals by a cap are audited (R-OPS-7); a reload within the cooldown is not, it sends nothing.
 */
final class SmsCodes {

    enum Sent {
        SENT, COOLDOWN, DAILY_LIMIT, DELIVERY_FAILED
    }

    /** @param waitSeconds with {@link Sent#COOLDOWN}: how long until a new code may be sent */
    record Result(Sent sent, long waitSeconds) {
    }

    static final int LENGTH = 6;
    static final String MESSAGE_KEY = "mdrive.sms.codeMessage";

    private static final Logger LOG = Logger.getLogger(SmsCodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final UserModel user;
    private final TwoStepSettings settings;
    private final OneTimeCode code;
    private final ResendCooldown cooldown;
    private final SmsAudit audit;
    private final SlotStore days;

    SmsCodes(KeycloakSession session, AuthenticationSessionModel authSession, UserModel user, TwoStepSettings settings, SmsAudit audit) {
        this(session, authSession, user, settings, audit, DurableSlots.of(session));
    }

    /** With the store of the day's counts given, which must survive restarts (the database) but for tests. */
    SmsCodes(KeycloakSession session, AuthenticationSessionModel authSession, UserModel user, TwoStepSettings settings, SmsAudit audit,
             SlotStore days) {
        this.session = session;
        this.user = user;
        this.settings = settings;
        this.audit = audit;
        this.days = days;
        SingleUseObjectProvider store = session.singleUseObjects();
        this.code = new OneTimeCode(authSession, store, "mdrive.2sv.sms");
        this.cooldown = new ResendCooldown(store, authSession, settings.resendCooldown());
    }

    Result send(String e164) {
        OptionalLong wait = cooldown.claim();
        if (wait.isPresent()) {
            return new Result(Sent.COOLDOWN, wait.getAsLong());
        }
        Optional<SmsRefusal> capped = capReached(e164);
        if (capped.isPresent()) {
            cooldown.release();
            audit.refused(e164, capped.get());
            return new Result(Sent.DAILY_LIMIT, 0);
        }
        String value = code.issue(e164, LENGTH, settings.codeLifetime(), settings.codeTries(), RANDOM);
        String text = message(value);
        long started = System.nanoTime();
        try {
            session.getProvider(SmsSender.class).send(e164, text);
        } catch (SmsDeliveryException e) {
            audit.failed(e164, Duration.ofNanos(System.nanoTime() - started));
            code.clear();
            cooldown.release();
            LOG.warnf("SMS code for user %s not delivered: %s", user.getId(), e.getMessage());
            return new Result(Sent.DELIVERY_FAILED, 0);
        }
        audit.sent(e164, Duration.ofNanos(System.nanoTime() - started));
        cooldown.sent();
        return new Result(Sent.SENT, 0);
    }

    /** Takes today's slot of the user and of the number, or says which cap is reached. */
    private Optional<SmsRefusal> capReached(String e164) {
        if (!new DailyAllowance(days, "sms-per-user", settings.smsPerUserPerDay()).take(user.getId())) {
            return Optional.of(SmsRefusal.USER_DAILY_CAP);
        }
        if (!new DailyAllowance(days, "sms-per-number", settings.smsPerNumberPerDay()).take(e164)) {
            return Optional.of(SmsRefusal.NUMBER_DAILY_CAP);
        }
        return Optional.empty();
    }

    OneTimeCode.Check check(String typed) {
        return code.check(typed);
    }

    /** Voids the code sent; the cooldown still holds, so leaving and coming back sends no sooner. */
    void voidCode() {
        code.clear();
    }

    /** Voids the code sent and lifts the cooldown: the next SMS, say to a new phone, may leave at once. */
    void forget() {
        code.clear();
        cooldown.lift();
    }

    /** The text in the user's language, from the login theme so operators can reword it. */
    private String message(String value) {
        return ThemeMessages.format(session, user, MESSAGE_KEY, value, settings.codeLifetime().toMinutes());
    }
}
