package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * on the way; checked in the credentials an admin sees. R-2SV-2: the order of its pages, SMS first.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TwoStepEnrolmentProofTest extends TwoStepBase {

    @Test
    @DisplayName("R-SEC-9 Authenticator chosen and left for SMS: the proven phone is registered and no app")
    void appLeftForSms() {
        String email = TwoStepUsers.member(realm, "proof-app-left");
        String[] phone = TwoStepUsers.phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.useApp();
        String key = browser.page.text("mdrive-2sv-secret");
        browser.useSms();
        assertTrue(browser.on(SecondStep.PHONE));

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
        browser.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
        assertTrue(browser.on(SecondStep.CODE));
        sns.awaitCode(phone[1], 0);
        browser.submit(SecondStep.CODE, Map.of("mdrive_action", "back"));
        assertTrue(browser.on(SecondStep.PHONE));

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
        assertTrue(browser.on(SecondStep.PHONE), "a reload starts the enrolment afresh");
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

    @Test
    @DisplayName("R-2SV-2 enrolment opens on the SMS page; 「QRコードでの認証はこちら」 leads to the app, a link back to SMS, and the app's enrolment completes")
    void smsFirstThenApp() {
        String email = TwoStepUsers.member(realm, "order-app");
        SecondStep browser = onSmsPage(email, "ja");
        assertFalse(browser.on(SecondStep.AUTHENTICATOR) || browser.page.says("mdrive-2sv-choose"), "no chooser, no QR code yet");
        assertEquals("QRコードでの認証はこちら", browser.page.text("mdrive-2sv-use-app"));

        browser.useApp();
        assertTrue(browser.on(SecondStep.AUTHENTICATOR));
        assertTrue(browser.page.attribute("mdrive-2sv-qr-code", "src").startsWith("data:image/png;base64,"));
        String leftKey = browser.page.text("mdrive-2sv-secret");
        assertEquals("SMS (ショートメッセージ) での認証はこちら", browser.page.text("mdrive-2sv-use-sms"));

        browser.useSms();
        assertTrue(browser.on(SecondStep.PHONE), "back on the SMS page");
        browser.useApp();
        String key = browser.page.text("mdrive-2sv-secret");
        assertNotEquals(leftKey, key, "the app starts afresh: a new key");
        browser.submit(SecondStep.AUTHENTICATOR, Map.of("code", Totp.now(leftKey)));
        assertTrue(browser.on(SecondStep.AUTHENTICATOR), "the key left behind proves nothing");
        browser.submit(SecondStep.AUTHENTICATOR, Map.of("code", Totp.now(key)));
        browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on"));
        browser.submit(SecondStep.DONE, Map.of());
        assertSignedInEnrolled(browser, email, APP_CREDENTIAL, "authenticator");
    }

    @Test
    @DisplayName("R-2SV-2 in English: the SMS page first, the QR-code link and the way back, and the SMS enrolment completes from there")
    void smsFirstInEnglish() {
        String email = "order-sms-" + System.nanoTime() + "@demo.m-drive.example";
        Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), DemoUsers.create(realm, email, "en"));
        String[] phone = TwoStepUsers.phone();
        SecondStep browser = onSmsPage(email, "en");
        assertEquals("Verify with a QR code instead", browser.page.text("mdrive-2sv-use-app"));
        browser.useApp();
        assertEquals("Verify by SMS (text message) instead", browser.page.text("mdrive-2sv-use-sms"));
        browser.useSms();

        browser.enrolBySms(sns, phone[0], phone[1], false);
        assertSignedInEnrolled(browser, email, PHONE_CREDENTIAL, "sms");
        assertTrue(TwoStepUsers.credentials(realm, email).get(PHONE_CREDENTIAL).getCredentialData().contains(phone[1]));
    }

    @Test
    @DisplayName("R-2SV-2 posts of the former chooser page and its 戻る buttons, sent raw to the new pages: a clear page each time, no SMS sent, nothing registered")
    void formerChooserPosts() {
        String email = TwoStepUsers.member(realm, "order-stale");
        String[] phone = TwoStepUsers.phone();
        SecondStep browser = onSmsPage(email, "ja");
        browser.submit(SecondStep.PHONE, Map.of("mdrive_action", "authenticator"));
        assertEquals(200, browser.page.status());
        assertTrue(browser.on(SecondStep.AUTHENTICATOR), "the chooser's Authenticator still means the app");
        browser.submit(SecondStep.AUTHENTICATOR, Map.of("mdrive_action", "back"));
        assertTrue(browser.on(SecondStep.PHONE), "戻る from the app: the SMS page");
        browser.submit(SecondStep.PHONE, Map.of("mdrive_action", "sms"));
        assertTrue(browser.on(SecondStep.PHONE), "the chooser's SMS: the SMS page again");
        browser.submit(SecondStep.PHONE, Map.of("mdrive_action", "back", "phone", phone[0]));
        assertTrue(browser.on(SecondStep.PHONE), "戻る from the first page: the same page, no code sent");
        browser.submit(SecondStep.PHONE, Map.of("mdrive_action", "choose"));
        assertEquals(200, browser.page.status());
        assertEquals("電話番号を入力してください。", browser.message());
        assertTrue(sns.publishedTo(phone[1]).isEmpty(), "no SMS for any of it");
        assertFalse(TwoStepUsers.credentials(realm, email).containsKey(PHONE_CREDENTIAL), "nothing registered");

        browser.enrolBySms(sns, phone[0], phone[1], false);
        assertTrue(browser.page.loggedIn(), "the enrolment still works after all of it");
    }

    /** Signed in, with the one method enrolled registered and the other not, as the login event says. */
    private void assertSignedInEnrolled(SecondStep browser, String email, String credential, String method) {
        assertTrue(browser.page.loggedIn());
        Map<String, CredentialRepresentation> stored = TwoStepUsers.credentials(realm, email);
        String other = credential.equals(APP_CREDENTIAL) ? PHONE_CREDENTIAL : APP_CREDENTIAL;
        assertTrue(stored.containsKey(credential) && !stored.containsKey(other), stored.keySet().toString());
        assertEquals("enrolled_" + method, lastLogin(email).get("mdrive_2sv"));
    }

    /** A new browser signed in with the password: enrolment opens on the SMS page. */
    private SecondStep onSmsPage(String email, String locale) {
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, locale);
        assertTrue(browser.on(SecondStep.PHONE), "the SMS page first: " + browser.page.body());
        return browser;
    }

    private Map<String, String> lastLogin(String email) {
        String id = TwoStepUsers.user(realm, email).toRepresentation().getId();
        return Events.of(realm, id, "LOGIN").get(0).getDetails();
    }
}
