package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.TwoStepUsers.APP_CREDENTIAL;
import static jp.mdrive.keycloak.it.TwoStepUsers.PHONE_CREDENTIAL;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * R-SEC-9: a 2SV enrolment registers exactly what the user proved in it, whatever was chosen and left
 * on the way; checked in the credentials an admin sees.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TwoStepEnrolmentProofTest extends TwoStepBase {

    @Test
    @DisplayName("R-SEC-9 Authenticator chosen and left for SMS: the proven phone is registered and no app")
    void appLeftForSms() {
        String email = TwoStepUsers.member(realm, "proof-app-left");
        String[] phone = TwoStepUsers.phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.submit(SecondStep.CHOOSE, Map.of("mdrive_action", "authenticator"));
        String key = browser.page.text("mdrive-2sv-secret");
        browser.submit(SecondStep.AUTHENTICATOR, Map.of("mdrive_action", "back"));
        assertTrue(browser.on(SecondStep.CHOOSE));

        browser.enrolBySms(sns, phone[0], phone[1], false);
        assertTrue(browser.page.loggedIn());

        Map<String, CredentialRepresentation> stored = TwoStepUsers.credentials(realm, email);
        assertFalse(stored.containsKey(APP_CREDENTIAL), "the abandoned app is not registered: " + stored.keySet());
        assertTrue(stored.get(PHONE_CREDENTIAL).getCredentialData().contains(phone[1]), "the proven phone is");
        assertEquals("enrolled_sms", lastLogin(email).get("mdrive_2sv"));

        SecondStep next = SecondStep.newBrowser(realm).logIn(email, "ja");
        next.submit(SecondStep.CODE, Map.of("code", Totp.now(key)));
        assertFalse(next.page.loggedIn(), "the abandoned app's code does not sign in");
        next.submit(SecondStep.CODE, Map.of("code", sns.awaitCode(phone[1], 1)));
        assertTrue(next.page.loggedIn(), "the phone's code does");
    }

    @Test
    @DisplayName("R-SEC-9 SMS code sent and left for Authenticator: the proven app is registered and no phone")
    void smsLeftForApp() {
        String email = TwoStepUsers.member(realm, "proof-sms-left");
        String[] phone = TwoStepUsers.phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.submit(SecondStep.CHOOSE, Map.of("mdrive_action", "sms"));
        browser.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
        assertTrue(browser.on(SecondStep.CODE));
        sns.awaitCode(phone[1], 0);
        browser.submit(SecondStep.CODE, Map.of("mdrive_action", "back"));
        browser.submit(SecondStep.PHONE, Map.of("mdrive_action", "back"));
        assertTrue(browser.on(SecondStep.CHOOSE));

        browser.enrolByApp();
        assertTrue(browser.page.loggedIn());

        Map<String, CredentialRepresentation> stored = TwoStepUsers.credentials(realm, email);
        assertFalse(stored.containsKey(PHONE_CREDENTIAL), "the abandoned phone is not registered: " + stored.keySet());
        assertTrue(stored.containsKey(APP_CREDENTIAL), "the proven app is");
        assertEquals("enrolled_authenticator", lastLogin(email).get("mdrive_2sv"));
    }

    @Test
    @DisplayName("R-SEC-9 a code proven for one phone registers that phone only: a number posted or typed afterwards gets nothing from it")
    void provenPhoneOnly() {
        String email = TwoStepUsers.member(realm, "proof-phone");
        String[] proven = TwoStepUsers.phone();
        String[] other = TwoStepUsers.phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.provePhone(sns, proven[0], proven[1], false);
        assertTrue(browser.on(SecondStep.RECOVERY_CODE));

        // raw HTTP: another number posted into the recovery-code page, and then the acknowledgement
        browser.submit(SecondStep.RECOVERY_CODE, Map.of("phone", other[0], "mdrive_action", "sms"));
        assertTrue(browser.on(SecondStep.RECOVERY_CODE));
        browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on", "phone", other[0]));
        browser.submit(SecondStep.DONE, Map.of());
        assertTrue(browser.page.loggedIn());
        assertTrue(TwoStepUsers.credentials(realm, email).get(PHONE_CREDENTIAL).getCredentialData().contains(proven[1]));
        assertEquals(0, sns.publishedTo(other[1]).size(), "nothing was sent to the other number");
    }

    @Test
    @DisplayName("R-SEC-9 a proof does not carry over: after a reload the enrolment starts afresh, and the first number's code proves nothing for a second number")
    void proofDoesNotCarryOver() {
        String email = TwoStepUsers.member(realm, "proof-again");
        String[] first = TwoStepUsers.phone();
        String[] second = TwoStepUsers.phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        String firstCode = browser.provePhone(sns, first[0], first[1], false);
        assertTrue(browser.on(SecondStep.RECOVERY_CODE));

        browser.reload(SecondStep.RECOVERY_CODE);
        assertTrue(browser.on(SecondStep.CHOOSE), "a reload starts the enrolment afresh");
        browser.submit(SecondStep.CHOOSE, Map.of("mdrive_action", "sms"));
        timeOffSet.set(61);
        browser.submit(SecondStep.PHONE, Map.of("phone", second[0]));
        assertTrue(browser.on(SecondStep.CODE));
        String secondCode = sns.awaitCode(second[1], 0);
        if (!secondCode.equals(firstCode)) {
            browser.submit(SecondStep.CODE, Map.of("code", firstCode));
            assertFalse(browser.on(SecondStep.RECOVERY_CODE), "the first number's code does not prove the second");
        }
        browser.submit(SecondStep.CODE, Map.of("saved", "on"));
        assertFalse(browser.on(SecondStep.RECOVERY_CODE) || browser.on(SecondStep.DONE), "no acknowledgement without a proof");
        assertFalse(TwoStepUsers.credentials(realm, email).containsKey(PHONE_CREDENTIAL), "nothing registered");

        browser.submit(SecondStep.CODE, Map.of("code", secondCode));
        browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on"));
        browser.submit(SecondStep.DONE, Map.of());
        assertTrue(browser.page.loggedIn());
        String registered = TwoStepUsers.credentials(realm, email).get(PHONE_CREDENTIAL).getCredentialData();
        assertTrue(registered.contains(second[1]) && !registered.contains(first[1]), "the number whose code was entered: " + registered);
    }

    private Map<String, String> lastLogin(String email) {
        String id = TwoStepUsers.user(realm, email).toRepresentation().getId();
        return Events.of(realm, id, "LOGIN").get(0).getDetails();
    }
}
