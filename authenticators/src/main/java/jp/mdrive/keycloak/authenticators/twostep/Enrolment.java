package jp.mdrive.keycloak.authenticators.twostep;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OTPPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.HmacOTP;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.code.Sha256;
import jp.mdrive.keycloak.core.twostep.RecoveryCode;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration.Method;

/**
 * R-2SV-2, R-2SV-5, R-SEC-9: one 2SV enrolment, as authentication-session notes. Choosing a method
 * starts it afresh, so nothing of a method chosen and left behind survives, not even an SMS code sent
 * for it. A code entered proves one method with its phone number or app secret, recorded at that
 * moment; the recovery-code acknowledgement registers exactly that proof, and only while what waits
 * is still what was proven.
 */
final class Enrolment {

    /** What a code proved: the method with the phone number (E.164), or with a hash of the app's secret. */
    record Proof(Method method, String value) {

        static Proof phone(String e164) {
            return new Proof(Method.SMS, e164);
        }

        static Proof app(String secret) {
            return new Proof(Method.AUTHENTICATOR, Sha256.base64("totp-secret", secret));
        }

        static Optional<Proof> parse(String note) {
            if (note == null || note.indexOf(' ') < 0) {
                return Optional.empty();
            }
            String[] parts = note.split(" ", 2);
            return Optional.of(new Proof(Method.valueOf(parts[0]), parts[1]));
        }

        String note() {
            return method.name() + " " + value;
        }
    }

    private static final String PHONE = "mdrive.2sv.pending-phone";
    private static final String SECRET = "mdrive.2sv.pending-totp-secret";
    private static final String FIRST_CODE = "mdrive.2sv.pending-totp-code";
    private static final String RECOVERY_CODE = "mdrive.2sv.pending-recovery-code";
    private static final String PROVEN = "mdrive.2sv.proven";
    private static final String[] NOTES = {PHONE, SECRET, FIRST_CODE, RECOVERY_CODE, PROVEN};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthenticationSessionModel notes;
    private final SmsCodes smsCodes;

    Enrolment(AuthenticationSessionModel notes, SmsCodes smsCodes) {
        this.notes = notes;
        this.smsCodes = smsCodes;
    }

    /** SMS chosen: a fresh start, the phone still to be typed. */
    void chooseSms() {
        clear();
    }

    /** Authenticator chosen: a fresh start with a new secret for the QR code. */
    void chooseAuthenticator() {
        clear();
        notes.setAuthNote(SECRET, HmacOTP.generateSecret(20));
    }

    /** A code was sent to the number typed; it waits to be proven. */
    void phoneCodeSent(String e164) {
        notes.setAuthNote(PHONE, e164);
    }

    Optional<String> phone() {
        return Optional.ofNullable(notes.getAuthNote(PHONE));
    }

    Optional<String> secret() {
        return Optional.ofNullable(notes.getAuthNote(SECRET));
    }

    /** The code sent to that number was entered; returns the recovery code to show. */
    String phoneProven(String sentTo) {
        return proven(Proof.phone(sentTo));
    }

    /** The app's first code was right for the waiting secret; returns the recovery code to show. */
    String appProven(String secret, String firstCode) {
        notes.setAuthNote(FIRST_CODE, firstCode);
        return proven(Proof.app(secret));
    }

    private String proven(Proof proof) {
        notes.setAuthNote(PROVEN, proof.note());
        String recoveryCode = RecoveryCode.generate(RANDOM);
        notes.setAuthNote(RECOVERY_CODE, recoveryCode);
        return recoveryCode;
    }

    Optional<String> recoveryCode() {
        return Optional.ofNullable(notes.getAuthNote(RECOVERY_CODE));
    }

    /** The method proven, as the login event names it ({@code sms}, {@code authenticator}). */
    Optional<String> provenMethod() {
        return Proof.parse(notes.getAuthNote(PROVEN)).map(proof -> proof.method().name().toLowerCase(Locale.ROOT));
    }

    /**
     * With the recovery code saved: stores the proven method and the recovery code, replacing any
     * earlier registration, all of it or none. Empty, and nothing stored, when there is no proof or
     * what waits is no longer what was proven.
     */
    Optional<Method> register(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<Proof> proof = Proof.parse(notes.getAuthNote(PROVEN)).filter(this::stillWaiting);
        String recoveryCode = notes.getAuthNote(RECOVERY_CODE);
        if (proof.isEmpty() || recoveryCode == null) {
            return Optional.empty();
        }
        TwoStepRegistration registration = TwoStepRegistration.of(user);
        registration.reset();
        if (proof.get().method() == Method.AUTHENTICATOR) {
            CredentialModel app = registration.registerAuthenticator(realm, notes.getAuthNote(SECRET));
            spendFirstAppCode(session, realm.getOTPPolicy(), app.getId(), notes.getAuthNote(FIRST_CODE));
        } else {
            registration.registerPhone(proof.get().value());
        }
        registration.registerRecoveryCode(RecoveryCode.credentialFor(recoveryCode, RANDOM));
        for (String note : new String[] {SECRET, FIRST_CODE, RECOVERY_CODE}) {
            notes.removeAuthNote(note);
        }
        return Optional.of(proof.get().method());
    }

    private boolean stillWaiting(Proof proof) {
        Optional<Proof> waiting = proof.method() == Method.AUTHENTICATOR ? secret().map(Proof::app) : phone().map(Proof::phone);
        return waiting.filter(proof::equals).isPresent();
    }

    /**
     * The code that proved the app works must not sign in again within its window (RFC 6238 §5.2);
     * Keycloak's OTP check refuses codes it finds in the single-use store under this key.
     */
    private static void spendFirstAppCode(KeycloakSession session, OTPPolicy policy, String credentialId, String firstCode) {
        long lifespan = (long) policy.getPeriod() * (2L * policy.getLookAheadWindow() + 1);
        session.singleUseObjects().putIfAbsent(credentialId + "." + firstCode, lifespan);
    }

    /** Forgets the enrolment and voids any SMS code sent; the resend cooldown still holds. */
    void clear() {
        for (String note : NOTES) {
            notes.removeAuthNote(note);
        }
        smsCodes.voidCode();
    }
}
