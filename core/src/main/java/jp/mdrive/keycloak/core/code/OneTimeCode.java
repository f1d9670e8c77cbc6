package jp.mdrive.keycloak.core.code;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalInt;

import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A short code sent out of band (the SMS code of R-2SV-3), kept in the authentication session, which
 * Keycloak replicates across the cluster: only a salted hash, its expiry and where it was sent, never
 * the code itself. One mechanism for every screen that sends a code.
 * <p>
 * R-SEC-8: the session's notes are read at the start of a request and written at its end, so
 * requests in parallel would all see the same tries left. The tries and the single acceptance are
 * therefore {@link UseSlots} of the code in the single-use store: a check first takes a try, then
 * compares, and a match must still claim the code's one acceptance. However many posts come at once,
 * at most the allowed number are compared, and one at most is accepted.
 *
 * @param name namespaces the notes, so two codes (say enrolment and login) never mix
 */
public record OneTimeCode(AuthenticationSessionModel session, SingleUseObjectProvider store, String name) {

    public enum Outcome {
        /** The code matched; it is gone now. */
        ACCEPTED,
        /** Compared and wrong; {@link Check#triesLeft()} more tries, none when 0 (a new code must be sent). */
        WRONG,
        /** Too late; a new code must be sent. */
        EXPIRED,
        /** Not compared: every try was used already; a new code must be sent. */
        EXHAUSTED,
        /** No code was sent in this session, or it was accepted already. */
        NONE
    }

    /** @param sentTo with {@link Outcome#ACCEPTED}: where the accepted code had been sent, so the proof names it */
    public record Check(Outcome outcome, int triesLeft, String sentTo) {

        static Check of(Outcome outcome) {
            return new Check(outcome, 0, null);
        }
    }

    private static final String DIGITS = "0123456789";
    private static final String ID = ".id";
    private static final String HASH = ".hash";
    private static final String SALT = ".salt";
    private static final String SENT_TO = ".sent-to";
    private static final String EXPIRES = ".expires";
    private static final String TRIES = ".tries";

    /** Issues a new code of digits for sending to {@code sentTo}, replacing any earlier one, and returns it. */
    public String issue(String sentTo, int length, Duration lifetime, int maxTries, SecureRandom random) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        String salt = randomBase64(random);
        // a fresh ID gives the new code tries of its own; the old code's slots name the old ID
        session.setAuthNote(note(ID), randomBase64(random));
        session.setAuthNote(note(SALT), salt);
        session.setAuthNote(note(HASH), Sha256.base64(salt, code.toString()));
        session.setAuthNote(note(SENT_TO), sentTo);
        session.setAuthNote(note(EXPIRES), Long.toString(Time.currentTimeMillis() + lifetime.toMillis()));
        session.setAuthNote(note(TRIES), Integer.toString(maxTries));
        return code.toString();
    }

    /** Checks a typed code; a missing or malformed one is simply wrong. */
    public Check check(String typed) {
        String expected = session.getAuthNote(note(HASH));
        if (expected == null) {
            return Check.of(Outcome.NONE);
        }
        long msLeft = Long.parseLong(session.getAuthNote(note(EXPIRES))) - Time.currentTimeMillis();
        if (msLeft < 0) {
            return Check.of(Outcome.EXPIRED);
        }
        // the slots need to outlive the code only: after that the expiry refuses it anyway
        long lifespanSeconds = msLeft / 1000 + 1;
        String id = session.getAuthNote(note(ID));
        UseSlots tries = new UseSlots(SlotStore.inMemory(store), "mdrive-code-tries:" + id, Integer.parseInt(session.getAuthNote(note(TRIES))), lifespanSeconds);
        OptionalInt slot = tries.take();
        if (slot.isEmpty()) {
            return Check.of(Outcome.EXHAUSTED);
        }
        if (!Sha256.same(expected, Sha256.base64(session.getAuthNote(note(SALT)), typed == null ? "" : typed.strip()))) {
            return new Check(Outcome.WRONG, tries.leftAfter(slot.getAsInt()), null);
        }
        if (new UseSlots(SlotStore.inMemory(store), "mdrive-code-accepted:" + id, 1, lifespanSeconds).take().isEmpty()) {
            return Check.of(Outcome.NONE);
        }
        String sentTo = session.getAuthNote(note(SENT_TO));
        clear();
        return new Check(Outcome.ACCEPTED, tries.leftAfter(slot.getAsInt()), sentTo);
    }

    public void clear() {
        for (String suffix : new String[] {ID, HASH, SALT, SENT_TO, EXPIRES, TRIES}) {
            session.removeAuthNote(note(suffix));
        }
    }

    private String note(String suffix) {
        return name + suffix;
    }

    private static String randomBase64(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
