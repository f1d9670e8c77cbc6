package jp.mdrive.keycloak.authenticators.twostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.code.AuthNotes;
import jp.mdrive.keycloak.core.code.SlotStore;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration.Method;

class EnrolmentTest {

    private static final String PHONE = "+819012345678";
    private static final String OTHER_PHONE = "+819087654321";

    private final Map<String, String> notes = new HashMap<>();
    private final Enrolment enrolment = enrolment(notes);

    @Test
    @DisplayName("R-SEC-9 choosing SMS forgets the app chosen before, and choosing the app forgets the phone")
    void choosingStartsAfresh() {
        enrolment.chooseAuthenticator();
        assertTrue(enrolment.secret().isPresent());
        enrolment.chooseSms();
        assertEquals(Optional.empty(), enrolment.secret());

        enrolment.phoneCodeSent(PHONE);
        enrolment.phoneProven(PHONE);
        enrolment.chooseAuthenticator();
        assertEquals(Optional.empty(), enrolment.phone());
        assertEquals(Optional.empty(), enrolment.provenMethod(), "no proof survives a new choice");
        assertEquals(Optional.empty(), enrolment.recoveryCode());
    }

    @Test
    @DisplayName("R-SEC-9 a proof names the method and the phone whose code was entered")
    void proofNamesMethod() {
        enrolment.chooseSms();
        enrolment.phoneCodeSent(PHONE);
        String recoveryCode = enrolment.phoneProven(PHONE);
        assertEquals(Optional.of("sms"), enrolment.provenMethod());
        assertEquals(Optional.of(recoveryCode), enrolment.recoveryCode());
        Enrolment.Proof proof = Enrolment.Proof.phone(PHONE);
        assertEquals(Optional.of(proof), Enrolment.Proof.parse(proof.note()));
        assertEquals(Method.SMS, proof.method());
    }

    @Test
    @DisplayName("R-SEC-9 nothing is registered when what waits is not what was proven: another phone, another app secret, no proof")
    void mismatchRegistersNothing() {
        enrolment.chooseSms();
        enrolment.phoneCodeSent(OTHER_PHONE);
        enrolment.phoneProven(PHONE);
        // session, realm and user are never touched when there is nothing to register
        assertEquals(Optional.empty(), enrolment.register(null, null, null));

        enrolment.chooseAuthenticator();
        enrolment.appProven(enrolment.secret().orElseThrow() + "-not-it", "123456");
        assertEquals(Optional.empty(), enrolment.register(null, null, null));

        enrolment.chooseAuthenticator();
        assertEquals(Optional.empty(), enrolment.register(null, null, null), "chosen but not proven");
    }

    private static Enrolment enrolment(Map<String, String> notes) {
        AuthenticationSessionModel authSession = AuthNotes.session(notes);
        // voiding the SMS code touches notes only; sending (and the day's counts) is not part of these tests
        KeycloakSession session = (KeycloakSession) Proxy.newProxyInstance(KeycloakSession.class.getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> null);
        return new Enrolment(authSession, new SmsCodes(session, authSession, null, TwoStepSettings.of(null), null, SlotStore.inMemory(null)));
    }
}
