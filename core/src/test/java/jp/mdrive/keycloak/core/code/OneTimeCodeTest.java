package jp.mdrive.keycloak.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;

class OneTimeCodeTest {

    private static final String TO = "+819012345678";

    private final Map<String, String> notes = new HashMap<>();
    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final OneTimeCode code = new OneTimeCode(AuthNotes.session(notes), store, "mdrive.sms.code");
    private final SecureRandom random = new SecureRandom();

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    @DisplayName("R-2SV-3 a code is six digits, kept only as a salted hash, accepted once, naming where it was sent")
    void acceptedOnce() {
        String sent = code.issue(TO, 6, Duration.ofMinutes(5), 5, random);

        assertTrue(sent.matches("\\d{6}"), sent);
        assertFalse(notes.containsValue(sent), "the code itself is not stored");
        OneTimeCode.Check accepted = code.check(" " + sent + " ");
        assertEquals(OneTimeCode.Outcome.ACCEPTED, accepted.outcome());
        assertEquals(TO, accepted.sentTo());
        assertEquals(OneTimeCode.Outcome.NONE, code.check(sent).outcome(), "used up");
        assertTrue(notes.isEmpty());
    }

    @Test
    @DisplayName("R-2SV-3 five wrong tries use the code up; the right code is refused after that")
    void boundedTries() {
        String sent = code.issue(TO, 6, Duration.ofMinutes(5), 5, random);
        String wrong = wrong(sent);

        for (int left = 4; left >= 0; left--) {
            assertEquals(new OneTimeCode.Check(OneTimeCode.Outcome.WRONG, left, null), code.check(wrong));
        }
        assertEquals(OneTimeCode.Outcome.EXHAUSTED, code.check(sent).outcome());
    }

    @Test
    @DisplayName("R-2SV-3 a code expires after its lifetime")
    void expires() {
        String sent = code.issue(TO, 6, Duration.ofMinutes(5), 5, random);

        Time.setOffset(5 * 60 + 1);
        assertEquals(OneTimeCode.Outcome.EXPIRED, code.check(sent).outcome());
    }

    @Test
    @DisplayName("R-2SV-3 a new code replaces the old one and restarts the tries; missing input is just wrong")
    void reissue() {
        code.issue(TO, 6, Duration.ofMinutes(5), 5, random);
        for (int i = 0; i < 4; i++) {
            assertEquals(OneTimeCode.Outcome.WRONG, code.check(null).outcome());
        }
        String second = code.issue(TO, 6, Duration.ofMinutes(5), 5, random);

        assertEquals(new OneTimeCode.Check(OneTimeCode.Outcome.WRONG, 4, null), code.check("not a code"));
        assertEquals(OneTimeCode.Outcome.ACCEPTED, code.check(second).outcome());
        assertTrue(notes.isEmpty());
    }

    @Test
    @DisplayName("R-SEC-8 fifty wrong codes at once, each request with its own copy of the session's notes: exactly five are compared")
    void parallelWrongCodes() throws Exception {
        String sent = code.issue(TO, 6, Duration.ofMinutes(5), 5, random);

        List<OneTimeCode.Check> checks = atOnce(50, wrong(sent));
        assertEquals(5, checks.stream().filter(check -> check.outcome() == OneTimeCode.Outcome.WRONG).count());
        assertEquals(45, checks.stream().filter(check -> check.outcome() == OneTimeCode.Outcome.EXHAUSTED).count());
        assertEquals(OneTimeCode.Outcome.EXHAUSTED, code.check(sent).outcome(), "the right code afterwards");
    }

    @Test
    @DisplayName("R-SEC-8 the right code fifty times at once, each request with its own copy of the notes: accepted once")
    void parallelRightCodes() throws Exception {
        String sent = code.issue(TO, 6, Duration.ofMinutes(5), 50, random);

        List<OneTimeCode.Check> checks = atOnce(50, sent);
        assertEquals(1, checks.stream().filter(check -> check.outcome() == OneTimeCode.Outcome.ACCEPTED).count());
        assertEquals(49, checks.stream().filter(check -> check.outcome() == OneTimeCode.Outcome.NONE).count());
    }

    /** Parallel requests of one authentication session on a cluster: each reads its own copy of the notes. */
    private List<OneTimeCode.Check> atOnce(int requests, String typed) throws Exception {
        List<Callable<OneTimeCode.Check>> checks = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            OneTimeCode copy = new OneTimeCode(AuthNotes.session(new HashMap<>(notes)), store, "mdrive.sms.code");
            checks.add(() -> copy.check(typed));
        }
        return AtOnce.run(checks);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
