package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

class OneTimeCodeTest {

    private final Map<String, String> notes = new HashMap<>();
    private final OneTimeCode code = new OneTimeCode(session(notes), "mdrive.sms.code");
    private final SecureRandom random = new SecureRandom();

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    @DisplayName("R-2SV-3 a code is six digits, kept only as a salted hash, accepted once")
    void acceptedOnce() {
        String sent = code.issue(6, Duration.ofMinutes(5), 5, random);

        assertTrue(sent.matches("\\d{6}"), sent);
        assertFalse(notes.containsValue(sent), "the code itself is not stored");
        assertEquals(OneTimeCode.Outcome.ACCEPTED, code.check(" " + sent + " ").outcome());
        assertEquals(OneTimeCode.Outcome.NONE, code.check(sent).outcome(), "used up");
        assertTrue(notes.isEmpty());
    }

    @Test
    @DisplayName("R-2SV-3 five wrong tries use the code up; the right code is refused after that")
    void boundedTries() {
        String sent = code.issue(6, Duration.ofMinutes(5), 5, random);
        String wrong = sent.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 1; left--) {
            assertEquals(new OneTimeCode.Check(OneTimeCode.Outcome.WRONG, left), code.check(wrong));
        }
        assertEquals(new OneTimeCode.Check(OneTimeCode.Outcome.EXHAUSTED, 0), code.check(wrong));
        assertEquals(OneTimeCode.Outcome.EXHAUSTED, code.check(sent).outcome());
    }

    @Test
    @DisplayName("R-2SV-3 a code expires after its lifetime")
    void expires() {
        String sent = code.issue(6, Duration.ofMinutes(5), 5, random);

        Time.setOffset(5 * 60 + 1);
        assertEquals(OneTimeCode.Outcome.EXPIRED, code.check(sent).outcome());
    }

    @Test
    @DisplayName("R-2SV-3 a new code replaces the old one and restarts the tries; missing input is just wrong")
    void reissue() {
        code.issue(6, Duration.ofMinutes(5), 5, random);
        for (int i = 0; i < 4; i++) {
            assertEquals(OneTimeCode.Outcome.WRONG, code.check(null).outcome());
        }
        String second = code.issue(6, Duration.ofMinutes(5), 5, random);

        assertEquals(new OneTimeCode.Check(OneTimeCode.Outcome.WRONG, 4), code.check("not a code"));
        assertEquals(OneTimeCode.Outcome.ACCEPTED, code.check(second).outcome());
        assertTrue(code.issuedAt().isEmpty());
    }

    private static AuthenticationSessionModel session(Map<String, String> notes) {
        return (AuthenticationSessionModel) Proxy.newProxyInstance(AuthenticationSessionModel.class.getClassLoader(),
                new Class<?>[] {AuthenticationSessionModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                    case "getAuthNote" -> notes.get(args[0]);
                    case "removeAuthNote" -> notes.remove(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
