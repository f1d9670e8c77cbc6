package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.TwoStepUsers.APP_CREDENTIAL;
import static jp.mdrive.keycloak.it.TwoStepUsers.PHONE_CREDENTIAL;
import static jp.mdrive.keycloak.it.TwoStepUsers.RECOVERY_CREDENTIAL;
import static jp.mdrive.keycloak.it.TwoStepUsers.phone;
import static jp.mdrive.keycloak.it.TwoStepUsers.wrong;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import jp.mdrive.keycloak.it.TwoStepUsers.Asked;

/**
 * R-2SV-1 … R-2SV-9 through realm mdrive's browser flow on the real server: SMS through the real SNS
 * sender to the local SNS stand-in, the authenticator app played by {@link Totp}.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TwoStepVerificationTest extends TwoStepBase {

    private String member(String name) {
        return TwoStepUsers.member(realm, name);
    }

    private Asked enrolledAndAsked(String name) {
        return TwoStepUsers.enrolledAndAsked(realm, sns, name);
    }

    private UserResource user(String email) {
        return TwoStepUsers.user(realm, email);
    }

    private Map<String, CredentialRepresentation> credentials(String email) {
        return TwoStepUsers.credentials(realm, email);
    }

    @Test
    @DisplayName("R-2SV-1 R-2SV-2 R-2SV-3 R-2SV-5 SMS enrolment: the SMS page first, typed number stored E.164, code by SNS, recovery code acknowledged and stored hashed")
    void enrolBySms() {
        String email = member("sms-enrol");
        String[] phone = phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        assertTrue(browser.on(SecondStep.PHONE), "2SV asked after a right password on a new browser, on the SMS page");
        assertTrue(browser.page.body().indexOf("mdrive-2sv-phone-submit") < browser.page.body().indexOf("mdrive-2sv-use-app"),
                "SMS first, the app behind a link");

        browser.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
        assertTrue(browser.on(SecondStep.CODE));
        List<FakeSns.Publish> sent = sns.publishedTo(phone[1]);
        assertEquals(1, sent.size(), "one SMS to the E.164 form of the typed number");
        assertEquals("Transactional", sent.get(0).smsType());
        assertTrue(sent.get(0).authorization().startsWith("AWS4-HMAC-SHA256"), "the SDK signed the request");
        String code = sns.awaitCode(phone[1], 0);
        assertEquals(6, code.length());

        browser.submit(SecondStep.CODE, Map.of("code", code));
        assertTrue(browser.on(SecondStep.RECOVERY_CODE));
        String recoveryCode = browser.page.text("mdrive-2sv-recovery-code");
        assertTrue(recoveryCode.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), recoveryCode);
        assertFalse(credentials(email).containsKey(PHONE_CREDENTIAL), "nothing stored before the recovery code is saved");

        browser.submit(SecondStep.RECOVERY_CODE, Map.of());
        assertTrue(browser.on(SecondStep.RECOVERY_CODE), "the box must be ticked");
        assertEquals("リカバリコードを保存したら「リカバリコードを保存しました」にチェックしてください。", browser.message());
        assertEquals(recoveryCode, browser.page.text("mdrive-2sv-recovery-code"), "the same code until it is saved");

        browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on"));
        assertTrue(browser.on(SecondStep.DONE));
        assertTrue(browser.page.says("2段階認証完了"));
        browser.submit(SecondStep.DONE, Map.of());
        assertTrue(browser.page.loggedIn());

        Map<String, CredentialRepresentation> stored = credentials(email);
        assertTrue(stored.get(PHONE_CREDENTIAL).getCredentialData().contains(phone[1]), "stored E.164");
        CredentialRepresentation recovery = stored.get(RECOVERY_CREDENTIAL);
        assertFalse(String.valueOf(recovery.getCredentialData()).contains(recoveryCode.substring(0, 4) + "-"));
        assertEquals(null, recovery.getSecretData(), "the hash never leaves the server");
    }

    @Test
    @DisplayName("R-2SV-3 numbers as people type them are accepted; landlines, foreign and nonsense numbers are refused with a message")
    void phoneNumbers() {
        String email = member("sms-numbers");
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");

        browser.submit(SecondStep.PHONE, Map.of("phone", "03-1234-5678"));
        assertTrue(browser.on(SecondStep.PHONE));
        assertEquals("SMSを受信できる携帯電話・スマートフォンの番号を入力してください（固定電話やIP電話の番号は使用できません）。", browser.message());
        assertEquals("03-1234-5678", browser.page.attribute("phone", "value"), "the typed number stays in the field");

        browser.submit(SecondStep.PHONE, Map.of("phone", "これは番号ではない"));
        assertTrue(browser.message().startsWith("電話番号が正しくありません。"));
        browser.submit(SecondStep.PHONE, Map.of("phone", ""));
        assertEquals("電話番号を入力してください。", browser.message());
        browser.submit(SecondStep.PHONE, Map.of("phone", "+1 415 555 0100"));
        assertTrue(browser.on(SecondStep.PHONE));

        String subscriber = phone()[1].substring(5);
        browser.submit(SecondStep.PHONE, Map.of("phone", "+81 90 " + subscriber.substring(0, 4) + " " + subscriber.substring(4)));
        assertTrue(browser.on(SecondStep.CODE), "+81 90 … is the same mobile number");
        assertEquals(1, sns.publishedTo("+8190" + subscriber).size());
    }

    @Test
    @DisplayName("R-2SV-3 login by SMS after enrolment: wrong code refused, right code signs in")
    void loginBySms() {
        Asked asked = enrolledAndAsked("sms-login");
        SecondStep browser = asked.browser();
        assertTrue(browser.on(SecondStep.CODE), "the code page, the SMS already sent");
        String code = asked.code();
        browser.submit(SecondStep.CODE, Map.of("code", wrong(code)));
        assertEquals("入力されたコードが正しくありません。", browser.message());
        browser.submit(SecondStep.CODE, Map.of("code", code));
        assertTrue(browser.page.loggedIn());
    }

    @Test
    @DisplayName("R-2SV-3 an SMS code expires after 5 minutes")
    void expiredCode() {
        Asked asked = enrolledAndAsked("sms-expired");
        SecondStep browser = asked.browser();
        String code = asked.code();

        timeOffSet.set(301);
        browser.submit(SecondStep.CODE, Map.of("code", code));
        assertEquals("コードの有効期限が切れました。ショートメッセージを再送信してください。", browser.message());
        assertFalse(browser.page.loggedIn());
    }

    @Test
    @DisplayName("R-2SV-3 five wrong tries use up a code: the right code on the 6th try is refused")
    void sixthTry() {
        Asked asked = enrolledAndAsked("sms-tries");
        SecondStep browser = asked.browser();
        String code = asked.code();

        for (int i = 1; i <= 4; i++) {
            browser.submit(SecondStep.CODE, Map.of("code", wrong(code)));
            assertEquals("入力されたコードが正しくありません。", browser.message(), "try " + i);
        }
        browser.submit(SecondStep.CODE, Map.of("code", wrong(code)));
        assertEquals("入力可能な回数を超えました。ショートメッセージを再送信してください。", browser.message());
        browser.submit(SecondStep.CODE, Map.of("code", code));
        assertFalse(browser.page.loggedIn());
        assertEquals("入力可能な回数を超えました。ショートメッセージを再送信してください。", browser.message());
    }

    @Test
    @DisplayName("R-2SV-3 resend waits for the cooldown, then sends a new code and the old one is void")
    void resendCooldown() {
        Asked asked = enrolledAndAsked("sms-resend");
        SecondStep browser = asked.browser();
        String first = asked.code();

        browser.submit(SecondStep.CODE, Map.of("mdrive_action", "resend"));
        assertTrue(browser.message().matches("ショートメッセージの再送信は\\d+秒後にお試しください。"), browser.message());
        assertEquals(2, sns.publishedTo(asked.phone()[1]).size(), "nothing sent within the cooldown");

        timeOffSet.set(61);
        browser.submit(SecondStep.CODE, Map.of("mdrive_action", "resend"));
        assertEquals(3, sns.publishedTo(asked.phone()[1]).size());
        String second = sns.awaitCode(asked.phone()[1], 2);
        if (!second.equals(first)) {
            browser.submit(SecondStep.CODE, Map.of("code", first));
            assertEquals("入力されたコードが正しくありません。", browser.message());
        }
        browser.submit(SecondStep.CODE, Map.of("code", second));
        assertTrue(browser.page.loggedIn());
    }

    @Test
    @DisplayName("R-2SV-3 SMS to one number per day are capped, whoever asks")
    void capPerNumber() {
        String[] phone = phone();
        String first = member("sms-cap-a");
        SecondStep.newBrowser(realm).logIn(first, "ja").enrolBySms(sns, phone[0], phone[1], false);
        for (int login = 2; login <= 10; login++) {
            SecondStep.newBrowser(realm).logIn(first, "ja");
        }
        assertEquals(10, sns.publishedTo(phone[1]).size());

        SecondStep second = SecondStep.newBrowser(realm).logIn(member("sms-cap-b"), "ja");
        second.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
        assertTrue(second.on(SecondStep.PHONE));
        assertEquals("本日のショートメッセージ送信回数の上限に達しました。明日以降に再度お試しください。", second.message());
        assertEquals(10, sns.publishedTo(phone[1]).size(), "the 11th SMS to that number was not sent");
    }

    @Test
    @DisplayName("R-2SV-9 SNS refusing the message: a clear message, and no strike against the user")
    void snsFailure() {
        String email = member("sms-failure");
        String[] phone = phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        sns.failing(true);
        for (int i = 0; i < 10; i++) {
            browser.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
            assertTrue(browser.on(SecondStep.PHONE));
            assertTrue(browser.message().startsWith("SMSを送信できませんでした"), browser.message());
        }
        sns.failing(false);
        // 9 wrong passwords after 10 failed sends: had a send counted as a strike, this would lock
        for (int i = 0; i < 9; i++) {
            assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG).passedPassword());
        }
        assertTrue(SecondStep.newBrowser(realm).logIn(email, "ja").on(SecondStep.PHONE), "not locked");
    }

    @Test
    @DisplayName("R-2SV-2 Authenticator enrolment with QR code and key; login with the app's code; a replayed code is refused")
    void authenticator() {
        String email = member("totp");
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.useApp();
        assertTrue(browser.on(SecondStep.AUTHENTICATOR));
        assertTrue(browser.page.attribute("mdrive-2sv-qr-code", "src").startsWith("data:image/png;base64,"));
        String key = browser.page.text("mdrive-2sv-secret");

        browser.submit(SecondStep.AUTHENTICATOR, Map.of("code", "000000".equals(Totp.now(key)) ? "111111" : "000000"));
        assertEquals("入力されたコードが正しくありません。", browser.message());
        long enrolStep = Totp.step();
        String enrolCode = Totp.now(key);
        browser.submit(SecondStep.AUTHENTICATOR, Map.of("code", enrolCode));
        assertTrue(browser.on(SecondStep.RECOVERY_CODE));
        browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on"));
        browser.submit(SecondStep.DONE, Map.of());
        assertTrue(browser.page.loggedIn());
        assertTrue(credentials(email).containsKey(APP_CREDENTIAL), "Keycloak's own OTP credential");

        SecondStep replay = SecondStep.newBrowser(realm).logIn(email, "ja");
        assertTrue(replay.on(SecondStep.CODE));
        replay.submit(SecondStep.CODE, Map.of("code", enrolCode));
        assertTrue(Totp.step() <= enrolStep + Totp.WINDOW, "the replay was checked while the enrolment code was valid by time");
        assertEquals("入力されたコードが正しくありません。", replay.message(), "the enrolment code does not sign in again");
        long freshStep = Totp.step();
        String fresh = Totp.next(key, enrolCode);
        replay.submit(SecondStep.CODE, Map.of("code", fresh));
        assertTrue(replay.page.loggedIn());

        SecondStep again = SecondStep.newBrowser(realm).logIn(email, "ja");
        again.submit(SecondStep.CODE, Map.of("code", fresh));
        assertTrue(Totp.step() <= freshStep + Totp.WINDOW, "the second use was checked while the code was valid by time");
        assertFalse(again.page.loggedIn(), "a code used once is refused within its window (RFC 6238 5.2)");
        assertEquals("入力されたコードが正しくありません。", again.message());
    }

    @Test
    @DisplayName("R-2SV-5 R-2SV-6 the recovery code passes 2SV once, resets the registration and leads to enrolment; it never works again")
    void recoveryCode() {
        String email = member("recovery");
        String[] phone = phone();
        String recoveryCode = SecondStep.newBrowser(realm).logIn(email, "ja").enrolBySms(sns, phone[0], phone[1], false);

        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.submit(SecondStep.CODE, Map.of("mdrive_action", "recovery"));
        assertTrue(browser.on(SecondStep.RECOVERY));
        browser.submit(SecondStep.RECOVERY, Map.of("recovery_code", "AAAA-BBBB-CCCC-DDDD"));
        assertEquals("リカバリコードが正しくありません。", browser.message());
        browser.submit(SecondStep.RECOVERY, Map.of("recovery_code", recoveryCode.toLowerCase().replace("-", " ")));
        assertTrue(browser.on(SecondStep.PHONE), "enrolment follows at once");
        assertTrue(browser.page.says("リカバリコードで認証しました。"));
        Set<String> left = credentials(email).keySet();
        assertFalse(left.contains(PHONE_CREDENTIAL) || left.contains(RECOVERY_CREDENTIAL), "registration reset: " + left);
        assertEquals(1, Events.of(realm, user(email).toRepresentation().getId(), "REMOVE_CREDENTIAL").stream()
                .filter(e -> "mdrive_recovery_code_used".equals(e.getDetails().get("reason"))).count());

        String[] newPhone = phone();
        String newRecoveryCode = browser.enrolBySms(sns, newPhone[0], newPhone[1], false);
        assertTrue(browser.page.loggedIn());
        assertNotEquals(recoveryCode, newRecoveryCode);

        SecondStep later = SecondStep.newBrowser(realm).logIn(email, "ja");
        later.submit(SecondStep.CODE, Map.of("mdrive_action", "recovery"));
        later.submit(SecondStep.RECOVERY, Map.of("recovery_code", recoveryCode));
        assertEquals("リカバリコードが正しくありません。", later.message(), "the used code is gone");
    }

    @Test
    @DisplayName("R-2SV-4 a remembered browser skips 2SV; without the box, or in another browser, it is asked")
    void rememberedBrowser() {
        String email = member("remember");
        String[] phone = phone();
        SecondStep remembered = SecondStep.newBrowser(realm).logIn(email, "ja");
        remembered.enrolBySms(sns, phone[0], phone[1], true);
        assertTrue(remembered.page.loggedIn());

        assertTrue(remembered.logIn(email, "ja").page.loggedIn(), "no second step on the remembered browser");
        assertTrue(SecondStep.newBrowser(realm).logIn(email, "ja").on(SecondStep.CODE), "another browser is asked");

        SecondStep notRemembered = SecondStep.newBrowser(realm).logIn(email, "ja");
        notRemembered.submit(SecondStep.CODE, Map.of("code", sns.awaitCode(phone[1], 2)));
        assertTrue(notRemembered.page.loggedIn());
        assertTrue(notRemembered.logIn(email, "ja").on(SecondStep.CODE), "the box was not ticked");

        String other = member("remember-other");
        String[] otherPhone = phone();
        SecondStep.newBrowser(realm).logIn(other, "ja").enrolBySms(sns, otherPhone[0], otherPhone[1], false);
        assertTrue(remembered.logIn(other, "ja").on(SecondStep.CODE), "the cookie is bound to its user");
    }

    @Test
    @DisplayName("R-2SV-4 R-2SV-8 a remembered browser is forgotten by a 2SV reset (admin required action), an e-mail change and a removed credential")
    void rememberedBrowserForgotten() {
        String email = member("forget");
        String[] phone = phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.enrolBySms(sns, phone[0], phone[1], true);
        assertTrue(browser.logIn(email, "ja").page.loggedIn());

        UserResource user = user(email);
        var representation = user.toRepresentation();
        representation.setRequiredActions(List.of("mdrive-reset-two-step-verification"));
        user.update(representation);
        assertTrue(browser.logIn(email, "ja").on(SecondStep.PHONE), "admin reset: enrol again, the old phone is not asked");
        assertTrue(user.toRepresentation().getRequiredActions().isEmpty(), "the reset is done once");
        List<EventRepresentation> reset = Events.of(realm, user.toRepresentation().getId(), "REMOVE_CREDENTIAL");
        assertEquals(1, reset.size(), reset.toString());
        assertEquals("mdrive_admin_reset", reset.get(0).getDetails().get("reason"));
        assertEquals("mdrive-recovery-code,mdrive-sms-phone,otp", reset.get(0).getDetails().get("credential_type"));
        browser.enrolBySms(sns, phone[0], phone[1], true);
        assertTrue(browser.logIn(email, "ja").page.loggedIn());

        String newEmail = "changed-" + email;
        representation = user.toRepresentation();
        representation.setEmail(newEmail);
        representation.setUsername(newEmail);
        user.update(representation);
        assertTrue(browser.logIn(newEmail, "ja").on(SecondStep.CODE), "e-mail change forgets the browser");
        browser.submit(SecondStep.CODE, Map.of("code", sns.awaitCode(phone[1], sns.publishedTo(phone[1]).size() - 1), "remember", "on"));
        assertTrue(browser.page.loggedIn());
        assertTrue(browser.logIn(newEmail, "ja").page.loggedIn());

        String recoveryId = user.credentials().stream().filter(c -> RECOVERY_CREDENTIAL.equals(c.getType())).findFirst().orElseThrow().getId();
        user.removeCredential(recoveryId);
        assertTrue(browser.logIn(newEmail, "ja").on(SecondStep.CODE), "a credential removed by an admin forgets the browser");
    }

    @Test
    @DisplayName("R-2SV-1 a remembered browser is asked again when the last sign-in is 30 days ago")
    void thirtyDays() {
        String email = member("inactive");
        String[] phone = phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        // remembered for longer than the inactivity period, so that only the inactivity rule can ask
        TwoStepUsers.withSettings(realm, Map.of("mdrive.2sv.remember-days", "90"), () -> {
            browser.enrolBySms(sns, phone[0], phone[1], true);
            timeOffSet.set(29 * 24 * 3600);
            assertTrue(browser.logIn(email, "ja").page.loggedIn(), "29 days: remembered");
            timeOffSet.set(58 * 24 * 3600);
            assertTrue(browser.logIn(email, "ja").page.loggedIn(), "29 days after the last sign-in, 58 after the box was ticked");
            timeOffSet.set(88 * 24 * 3600);
            assertTrue(browser.logIn(email, "ja").on(SecondStep.CODE), "30 days after the last sign-in, the cookie still valid");
        });
    }

    @Test
    @DisplayName("R-PERF-1 R-2SV-1 the last sign-in is written once a day, not on every sign-in")
    void lastSignInOncePerDay() {
        String email = "daily-" + System.nanoTime() + "@demo.m-drive.example";
        String id = DemoUsers.create(realm, email, "ja");
        Organizations.join(Organizations.twoStepOff(realm), id);
        assertTrue(SecondStep.newBrowser(realm).logIn(email, "ja").page.loggedIn());
        long first = lastSignIn(id);
        timeOffSet.set(23 * 3600);
        assertTrue(SecondStep.newBrowser(realm).logIn(email, "ja").page.loggedIn());
        assertEquals(first, lastSignIn(id), "23 hours later: left as it was");
        timeOffSet.set(24 * 3600);
        assertTrue(SecondStep.newBrowser(realm).logIn(email, "ja").page.loggedIn());
        long moved = lastSignIn(id);
        assertTrue(moved >= first + 24 * 3600 && moved < first + 24 * 3600 + 600, "a day later: moved to the sign-in, " + (moved - first) + " s on");
    }

    private long lastSignIn(String userId) {
        return Long.parseLong(realm.admin().users().get(userId).toRepresentation().getAttributes().get("mdrive.last-sign-in").get(0));
    }

    @Test
    @DisplayName("R-2SV-4 the remembered browser ends after the configured period (30 days)")
    void rememberPeriod() {
        String email = member("remember-period");
        String[] phone = phone();
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.enrolBySms(sns, phone[0], phone[1], true);
        timeOffSet.set(20 * 24 * 3600);
        assertTrue(browser.logIn(email, "ja").page.loggedIn(), "day 20");
        timeOffSet.set(30 * 24 * 3600);
        assertTrue(browser.logIn(email, "ja").on(SecondStep.CODE), "day 30, though the last sign-in was 10 days ago");
    }

    @Test
    @DisplayName("R-2SV-1 R-2SV-7 a contract with 2SV switched off, or line-only, signs in with the password alone")
    void contractSwitch() {
        String email = "switch-" + System.nanoTime() + "@demo.m-drive.example";
        String id = DemoUsers.create(realm, email, "ja");
        Organizations.join(Organizations.twoStepOff(realm), id);
        assertTrue(SecondStep.newBrowser(realm).logIn(email, "ja").page.loggedIn());
        List<EventRepresentation> logins = Events.of(realm, id, "LOGIN");
        assertEquals("skipped_contract_switched_off", logins.get(0).getDetails().get("mdrive_2sv"));

        String lineOnly = "line-only-" + System.nanoTime() + "@demo.m-drive.example";
        String lineOnlyId = DemoUsers.create(realm, lineOnly, "ja");
        Organizations.join(Organizations.contract(realm, "test-line-only",
                Map.of("mdrive.access-route", "line-only", "mdrive.line-numbers", LineAuthenticationTest.LINE)), lineOnlyId);
        assertTrue(new BrowserFlowClient(realm).throughLine(LineAuthenticationTest.LINE).openLoginPage("ja")
                .logIn(lineOnly, DemoRealm.PASSWORD).loggedIn(), "through the registered line, no second step");
    }

    @Test
    @DisplayName("R-2SV-1 the password grant is no way around 2SV: refused without the app's code, for SMS users and before enrolment; the 2SV-off contract gets tokens")
    void passwordGrant() {
        BearerClient api = new BearerClient(realm);
        String email = member("grant");
        BearerClient.Answer refused = api.passwordGrant(email, DemoRealm.PASSWORD);
        assertEquals(400, refused.status());
        assertEquals("invalid_grant", refused.json().get("error"));
        assertTrue(((String) refused.json().get("error_description")).startsWith("2-step verification required"), refused.body());

        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.useApp();
        String key = browser.page.text("mdrive-2sv-secret");
        String enrolCode = Totp.now(key);
        browser.submit(SecondStep.AUTHENTICATOR, Map.of("code", enrolCode));
        browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on"));
        assertEquals(400, api.passwordGrant(email, DemoRealm.PASSWORD).status(), "no otp");
        assertEquals(400, api.passwordGrant(email, DemoRealm.PASSWORD, wrong(Totp.now(key))).status(), "wrong otp");
        String otp = Totp.next(key, enrolCode);
        assertEquals(200, api.passwordGrant(email, DemoRealm.PASSWORD, otp).status());
        assertEquals(400, api.passwordGrant(email, DemoRealm.PASSWORD, otp).status(), "a code works once");

        Asked sms = enrolledAndAsked("grant-sms");
        assertEquals(400, api.passwordGrant(sms.email(), DemoRealm.PASSWORD, sms.code()).status(), "an SMS code cannot be answered in one request");

        String off = "grant-off-" + System.nanoTime() + "@demo.m-drive.example";
        Organizations.join(Organizations.twoStepOff(realm), DemoUsers.create(realm, off, "ja"));
        assertEquals(200, api.passwordGrant(off, DemoRealm.PASSWORD).status());
    }

    @Test
    @DisplayName("R-2SV-7 the contractor switches 2SV off and on for the whole contract through the API; not while line-only; nobody else may")
    void contractorSwitch() {
        Organizations.OwnContract contract = Organizations.withContractor(realm, "switch", Map.of());
        String alias = contract.alias();
        String contractor = contract.contractor();
        String member = "member-" + alias + "@demo.m-drive.example";
        Organizations.join(contract.resource(), DemoUsers.create(realm, member, "ja"));
        BearerClient api = new BearerClient(realm);
        String token = api.token(contractor, DemoRealm.PASSWORD);
        String path = "/mdrive/contracts/" + alias + "/two-step-verification";

        BearerClient.Answer off = api.put(path, token, "{\"enabled\": false}");
        assertEquals(200, off.status(), off.body());
        assertEquals(false, off.json().get("twoStepVerification"));
        assertTrue(SecondStep.newBrowser(realm).logIn(member, "ja").page.loggedIn(), "switched off: password alone");

        assertEquals(true, api.put(path, token, "{\"enabled\": true}").json().get("twoStepVerificationInEffect"));
        assertTrue(SecondStep.newBrowser(realm).logIn(member, "ja").on(SecondStep.PHONE), "switched on again");

        String memberToken = new BearerClient(realm).token(member, DemoRealm.PASSWORD);
        assertEquals(403, api.put(path, memberToken, "{\"enabled\": false}").status(), "a member");
        assertEquals(403, api.put("/mdrive/contracts/" + DemoRealm.BASIC_CONTRACT + "/two-step-verification", token,
                "{\"enabled\": false}").status(), "another contract");

        api.put("/mdrive/contracts/" + alias + "/line-numbers", token, "{\"lineNumbers\": [\"" + LineAuthenticationTest.LINE + "\"]}");
        BearerClient.Answer lineOnly = api.put("/mdrive/contracts/" + alias + "/access-route", token, "{\"accessRoute\": \"line-only\"}");
        assertEquals(false, lineOnly.json().get("twoStepVerificationInEffect"), "off by rule while line-only");
        BearerClient.Answer refused = api.put(path, token, "{\"enabled\": true}");
        assertEquals(400, refused.status());
        assertEquals("mdrive.contract.twoStepVerificationLineOnly", refused.json().get("error"));
    }
}
