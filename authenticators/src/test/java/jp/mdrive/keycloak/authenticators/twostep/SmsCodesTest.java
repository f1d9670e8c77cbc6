package jp.mdrive.keycloak.authenticators.twostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ThemeManager;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

import jp.mdrive.keycloak.authenticators.twostep.SmsCodes.Result;
import jp.mdrive.keycloak.authenticators.twostep.SmsCodes.Sent;
import jp.mdrive.keycloak.core.code.AuthNotes;
import jp.mdrive.keycloak.core.code.InMemorySingleUseStore;
import jp.mdrive.keycloak.core.code.OneTimeCode;
import jp.mdrive.keycloak.core.code.SlotStore;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SmsRefusal;
import jp.mdrive.keycloak.core.sms.SmsDeliveryException;
import jp.mdrive.keycloak.core.sms.SmsSender;

/** R-2SV-3, R-SEC-8: the order of SmsCodes' gates before an SMS leaves, and what a refusal or a failure leaves behind. */
class SmsCodesTest {

    private static final String PHONE = "+819012345678";

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final List<String> sent = new ArrayList<>();
    /** What the operators were told, one line per SMS meant to be sent. */
    private final List<String> audited = new ArrayList<>();
    private boolean providerDown;

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    @DisplayName("R-2SV-3 a code goes out in the user's language with its lifetime, and is the one the check accepts")
    void sendsTheCodeItChecks() {
        SmsCodes codes = codes("alice", settings(10, 10));

        assertEquals(new Result(Sent.SENT, 0), codes.send(PHONE));

        assertEquals(1, sent.size());
        String code = sent.get(0).replaceAll("\\D*(\\d{6}).*", "$1");
        assertTrue(sent.get(0).endsWith("(5)"), sent.get(0));
        assertEquals(OneTimeCode.Outcome.ACCEPTED, codes.check(code).outcome());
    }

    @Test
    @DisplayName("R-2SV-3 a second code within the cooldown is refused with the seconds left, and nothing is sent")
    void cooldown() {
        SmsCodes codes = codes("alice", settings(10, 10));
        codes.send(PHONE);
        Time.setOffset(20);

        assertEquals(new Result(Sent.COOLDOWN, 40), codes.send(PHONE));
        assertEquals(1, sent.size());
        Time.setOffset(61);
        assertEquals(Sent.SENT, codes.send(PHONE).sent());
    }

    @Test
    @DisplayName("R-2SV-3 the user's daily cap stops sends, and a refused send does not hold the cooldown")
    void userCap() {
        SmsCodes codes = codes("alice", settings(2, 10));
        codes.send(PHONE);
        Time.setOffset(61);
        codes.send(PHONE);
        Time.setOffset(122);

        assertEquals(new Result(Sent.DAILY_LIMIT, 0), codes.send(PHONE));
        assertEquals(new Result(Sent.DAILY_LIMIT, 0), codes.send(PHONE), "told the cap again, not to wait");
        assertEquals(2, sent.size());
        assertEquals(List.of("sent", "sent", "refused USER_DAILY_CAP", "refused USER_DAILY_CAP"), audited);
    }

    @Test
    @DisplayName("R-2SV-3 the number's daily cap holds whoever asks: another user's sign-in is refused for that number")
    void numberCap() {
        codes("alice", settings(10, 1)).send(PHONE);

        assertEquals(new Result(Sent.DAILY_LIMIT, 0), codes("mallory", settings(10, 1)).send(PHONE));
        assertEquals(Sent.SENT, codes("mallory", settings(10, 1)).send("+819087654321").sent());
        assertEquals(2, sent.size());
        assertEquals(List.of("sent", "refused NUMBER_DAILY_CAP", "sent"), audited);
    }

    @Test
    @DisplayName("R-2SV-9 a provider failure is reported, leaves no code to guess and no cooldown: the next send may go at once")
    void deliveryFailure() {
        SmsCodes codes = codes("alice", settings(10, 10));
        providerDown = true;

        assertEquals(new Result(Sent.DELIVERY_FAILED, 0), codes.send(PHONE));
        assertEquals(OneTimeCode.Outcome.NONE, codes.check("123456").outcome());
        providerDown = false;
        assertEquals(Sent.SENT, codes.send(PHONE).sent());
        assertEquals(List.of("failed", "sent"), audited);
    }

    private static TwoStepSettings settings(int perUser, int perNumber) {
        return new TwoStepSettings(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), perUser, perNumber, 30,
                Duration.ofDays(30), Duration.ofDays(30), Set.of("JP"));
    }

    /** One sign-in of one user: its own tab's notes, the shared store and SMS provider, a login theme that says where the code goes. */
    private SmsCodes codes(String userId, TwoStepSettings settings) {
        return new SmsCodes(session(), AuthNotes.session(new HashMap<>()), proxy(UserModel.class, "getId", userId), settings,
                new SmsAudit() {
                    @Override
                    public void sent(String e164, Duration took) {
                        audited.add("sent");
                    }

                    @Override
                    public void failed(String e164, Duration took) {
                        audited.add("failed");
                    }

                    @Override
                    public void refused(String e164, SmsRefusal reason) {
                        audited.add("refused " + reason);
                    }
                }, SlotStore.inMemory(store));
    }

    private KeycloakSession session() {
        Properties messages = new Properties();
        messages.setProperty(SmsCodes.MESSAGE_KEY, "M-Drive code {0} ({1})");
        Theme theme = proxy(Theme.class, "getEnhancedMessages", messages);
        ThemeManager themes = proxy(ThemeManager.class, "getTheme", theme);
        KeycloakContext context = (KeycloakContext) Proxy.newProxyInstance(KeycloakContext.class.getClassLoader(),
                new Class<?>[] {KeycloakContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "resolveLocale" -> Locale.JAPANESE;
                    case "getRealm" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        SmsSender sender = (SmsSender) Proxy.newProxyInstance(SmsSender.class.getClassLoader(), new Class<?>[] {SmsSender.class},
                (proxy, method, args) -> {
                    if (providerDown) {
                        throw new SmsDeliveryException("provider down", null);
                    }
                    sent.add((String) args[1]);
                    return null;
                });
        return (KeycloakSession) Proxy.newProxyInstance(KeycloakSession.class.getClassLoader(), new Class<?>[] {KeycloakSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "singleUseObjects" -> store;
                    case "getProvider" -> sender;
                    case "getContext" -> context;
                    case "theme" -> themes;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static <T> T proxy(Class<T> type, String methodName, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals(methodName)) {
                return answer;
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
