package jp.mdrive.keycloak.core.code;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A short code sent out of band (the SMS code of R-2SV-3), kept in the authentication session, which
 * Keycloak replicates across the cluster: only a salted hash, its expiry and the tries left, never
 * the code itself. One mechanism for every screen that sends a code.
 */
public final class OneTimeCode {

    public enum Outcome {
        /** The code matched; it is gone now. */
        ACCEPTED,
        /** Wrong; {@link Check#triesLeft()} more tries. */
        WRONG,
        /** Too late; a new code must be sent. */
        EXPIRED,
        /** The last try was used up; a new code must be sent. */
        EXHAUSTED,
        /** No code was sent in this session. */
        NONE
    }

    public record Check(Outcome outcome, int triesLeft) {
    }

    private static final String DIGITS = "0123456789";

    private final AuthenticationSessionModel session;
    private final String hashNote;
    private final String saltNote;
    private final String expiresNote;
    private final String triesNote;
    private final String issuedNote;

    /** @param name namespaces the notes, so two codes (say enrolment and login) never mix */
    public OneTimeCode(AuthenticationSessionModel session, String name) {
        this.session = session;
        this.hashNote = name + ".hash";
        this.saltNote = name + ".salt";
        this.expiresNote = name + ".expires";
        this.triesNote = name + ".tries";
        this.issuedNote = name + ".issued";
    }

    /** Issues a new code of digits, replacing any earlier one, and returns it for sending. */
    public String issue(int length, Duration lifetime, int maxTries, SecureRandom random) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        long now = Time.currentTimeMillis();
        session.setAuthNote(saltNote, encodedSalt);
        session.setAuthNote(hashNote, Sha256.base64(encodedSalt, code.toString()));
        session.setAuthNote(expiresNote, Long.toString(now + lifetime.toMillis()));
        session.setAuthNote(triesNote, Integer.toString(maxTries));
        session.setAuthNote(issuedNote, Long.toString(now));
        return code.toString();
    }

    /** When the current code was issued (epoch ms), for a resend cooldown. */
    public Optional<Long> issuedAt() {
        return Optional.ofNullable(session.getAuthNote(issuedNote)).map(Long::valueOf);
    }

    /** Checks a typed code; a missing or malformed one is simply wrong. */
    public Check check(String typed) {
        String expected = session.getAuthNote(hashNote);
        if (expected == null) {
            return new Check(Outcome.NONE, 0);
        }
        int triesLeft = Integer.parseInt(session.getAuthNote(triesNote));
        if (triesLeft <= 0) {
            return new Check(Outcome.EXHAUSTED, 0);
        }
        if (Time.currentTimeMillis() > Long.parseLong(session.getAuthNote(expiresNote))) {
            return new Check(Outcome.EXPIRED, triesLeft);
        }
        if (Sha256.same(expected, Sha256.base64(session.getAuthNote(saltNote), typed == null ? "" : typed.strip()))) {
            clear();
            return new Check(Outcome.ACCEPTED, triesLeft);
        }
        session.setAuthNote(triesNote, Integer.toString(triesLeft - 1));
        return new Check(triesLeft - 1 == 0 ? Outcome.EXHAUSTED : Outcome.WRONG, triesLeft - 1);
    }

    public void clear() {
        for (String note : new String[] {hashNote, saltNote, expiresNote, triesNote, issuedNote}) {
            session.removeAuthNote(note);
        }
    }
}
