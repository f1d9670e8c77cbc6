package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/** R-LOCK-3, R-LOCK-4: forgot password through realm mdrive's reset flow on the real server. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class PasswordResetTest extends TimeTravelBase {

    static final String NEW_PASSWORD = "Fresh-Pass2";
    static final String SENT_JA = "ご登録のメールアドレス宛にパスワードリセットのご案内をお送りしました。";
    static final String DONE_JA = "リセットパスワードの手続きが完了いたしました。";

    private BrowserFlowClient.Page requestReset(String typedAddress) {
        return requestReset(realm, typedAddress);
    }

    /** Login page, type the address, click the forgot link, submit: the page the requester sees. */
    static BrowserFlowClient.Page requestReset(ManagedRealm realm, String typedAddress) {
        BrowserFlowClient browser = new BrowserFlowClient(realm).openLoginPage("ja");
        BrowserFlowClient.Page form = browser.get(browser.forgotPasswordLink() + "&username=" + typedAddress);
        assertEquals(typedAddress, form.attribute("username", "value"), "the typed address fills the form");
        return browser.post(form.formAction("kc-reset-password-form"), Map.of("username", typedAddress));
    }

    private MimeMessage onlyResetMail(String email) {
        return Mails.only(mail, email);
    }

    private void lock(String email) {
        for (int i = 0; i < 10; i++) {
            new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG);
        }
        assertEquals(1, Mails.quietTo(mail, email, 1).size(), "lock mail");
        mail.runCleanup();
    }

    /** Opens the mailed link and sets the password; the page that answers. */
    private BrowserFlowClient.Page setPasswordThrough(String link, String password) {
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page resetPage = browser.get(link);
        return browser.post(resetPage.formAction("mdrive-reset-password-form"), Map.of("password-new", password, "password-confirm", password));
    }

    private boolean passesPassword(String email, String password) {
        return new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, password).passedPassword();
    }

    @Test
    @DisplayName("R-LOCK-4 R-LOCK-3 reset mail, リセットパスワード page with the rule, weak password refused, done page, and the lock is lifted")
    void resetUnlocks() {
        String email = "reset-locked@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        lock(email);

        BrowserFlowClient.Page sent = requestReset(email);
        assertTrue(sent.says(SENT_JA), sent.body());

        MimeMessage resetMail = onlyResetMail(email);
        assertEquals(MailSubject.PASSWORD_RESET.ja, Mails.subject(resetMail));
        String text = Mails.text(resetMail);
        Mails.assertSays(text, "パスワードリセットについて承りました。",
                "本メール受領後、14日間以内に新しいパスワードの登録が完了しない場合は処理がキャンセルとなります");

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page resetPage = browser.get(Mails.link(resetMail));
        assertTrue(resetPage.says("リセットパスワード"), resetPage.body());
        assertTrue(resetPage.says("パスワードは英大文字、英小文字、数字、記号から3種類以上を含め8文字以上で設定してください"));
        String action = resetPage.formAction("mdrive-reset-password-form");

        BrowserFlowClient.Page weak = browser.post(action, Map.of("password-new", "abcdefgh1", "password-confirm", "abcdefgh1"));
        assertTrue(weak.says("パスワードは英大文字、英小文字、数字、記号から3種類以上を含めてください。"), weak.body());
        BrowserFlowClient.Page mismatch = browser.post(weak.formAction("mdrive-reset-password-form"),
                Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD + "x"));
        assertFalse(mismatch.says(DONE_JA));

        BrowserFlowClient.Page done = browser.post(mismatch.formAction("mdrive-reset-password-form"),
                Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertTrue(done.says(DONE_JA), done.body());
        assertTrue(done.attribute("mdrive-done-ok", "href").contains("/realms/mdrive/account"));

        assertFalse(passesPassword(email, DemoRealm.PASSWORD), "the old password is gone");
        assertTrue(passesPassword(email, NEW_PASSWORD), "the new password works and the lock is lifted");
        assertEquals("true", Events.of(realm, userId, "RESET_PASSWORD").get(0).getDetails().get("mdrive_unlocked"),
                "the reset, and the unlock it made, are an event for audit");
    }

    @Test
    @DisplayName("R-LOCK-4 R-2SV-8 R-2SV-4 a password reset resets the 2-step verification and forgets remembered browsers")
    void resetResetsTwoStepVerification() {
        String email = "reset-2sv@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), userId);
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        browser.enrolBySms(FakeSns.start(), "090-1357-2468", "+819013572468", true);
        assertTrue(browser.logIn(email, "ja").page.loggedIn(), "remembered before the reset");

        requestReset(email);
        BrowserFlowClient resetBrowser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page resetPage = resetBrowser.get(Mails.link(onlyResetMail(email)));
        assertTrue(resetPage.says("※この手順を実施後は、2段階認証の登録がリセットされます。次回ログイン時に、2段階認証を再登録してください。"));
        assertTrue(resetBrowser.post(resetPage.formAction("mdrive-reset-password-form"),
                Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD)).says(DONE_JA));

        assertTrue(browser.logIn(email, NEW_PASSWORD, "ja").on(SecondStep.PHONE), "no remembered browser, enrolment again");
        assertEquals(List.of("password"), realm.admin().users().get(userId).credentials().stream().map(c -> c.getType()).toList());
        assertEquals("true", Events.of(realm, userId, "RESET_PASSWORD").get(0).getDetails().get("mdrive_2sv_reset"));
    }

    @Test
    @DisplayName("R-LOCK-3 after the unblock link has expired, a password reset still lifts the lock")
    void resetAfterUnblockLinkExpired() {
        String email = "reset-expired@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        lock(email);
        timeOffSet.set(LockoutTest.FOURTEEN_DAYS + 3600);

        requestReset(email);
        BrowserFlowClient.Page done = setPasswordThrough(Mails.link(onlyResetMail(email)), NEW_PASSWORD);
        assertTrue(done.says(DONE_JA), done.body());
        assertTrue(passesPassword(email, NEW_PASSWORD));
    }

    @Test
    @DisplayName("R-LOCK-4 the reset link works once")
    void linkSingleUse() {
        String email = "reset-once@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        requestReset(email);
        String link = Mails.link(onlyResetMail(email));

        assertTrue(setPasswordThrough(link, NEW_PASSWORD).says(DONE_JA));

        BrowserFlowClient.Page again = new BrowserFlowClient(realm).get(link);
        assertFalse(again.says("mdrive-reset-password-form"), "no second password page: " + again.body());
        assertTrue(again.status() < 500, "a clear page, not a server error: " + again.status());
    }

    @Test
    @DisplayName("R-LOCK-4 an unknown address and a user without a password get the same page as a real one, and no mail")
    void noEnumeration() {
        String real = "reset-real@demo.m-drive.example";
        DemoUsers.create(realm, real, "ja");
        String federated = "reset-federated@demo.m-drive.example";
        String federatedId = DemoUsers.create(realm, federated, "ja");
        realm.admin().users().get(federatedId).credentials().stream()
                .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
                .forEach(c -> realm.admin().users().get(federatedId).removeCredential(c.getId()));

        String realPage = message(requestReset(real));
        String unknown = "nobody-" + System.nanoTime() + "@demo.m-drive.example";
        String unknownPage = message(requestReset(unknown));
        String federatedPage = message(requestReset(federated));

        assertEquals(realPage, unknownPage);
        assertEquals(realPage, federatedPage);
        Map<String, List<MimeMessage>> mails = Mails.quietTo(mail, Map.of(real, 1, federated, 0, unknown, 0));
        assertEquals(1, mails.get(real).size());
        assertEquals(List.of(), mails.get(federated), "no mail for a user without a password");
        assertEquals(List.of(), mails.get(unknown), "and none for the unknown address");
    }

    @Test
    @DisplayName("R-LOCK-4 the answer does not wait for the mail, so its timing does not tell a real address from an unknown one")
    void answerDoesNotWaitForMail() throws Exception {
        String real = "reset-timing@demo.m-drive.example";
        DemoUsers.create(realm, real, "ja");
        RealmRepresentation settings = realm.admin().toRepresentation();
        Map<String, String> smtp = settings.getSmtpServer();
        try (StallingSmtpServer stalling = new StallingSmtpServer(Duration.ofSeconds(5))) {
            Map<String, String> slow = new HashMap<>(smtp);
            slow.put("port", Integer.toString(stalling.port()));
            settings.setSmtpServer(slow);
            realm.admin().update(settings);

            long realMillis = millis(() -> requestReset(real));
            long unknownMillis = millis(() -> requestReset("nobody-" + System.nanoTime() + "@demo.m-drive.example"));

            // A mail sent inside the request would hold the real address's answer for the 5 s stall.
            assertTrue(realMillis < 2_000, "real address answered in " + realMillis + " ms");
            assertTrue(unknownMillis < 2_000, "unknown address answered in " + unknownMillis + " ms");
        } finally {
            settings.setSmtpServer(smtp);
            realm.admin().update(settings);
        }
    }

    private static long millis(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    /** The whole page, less what differs on every request anyway: codes in URLs, the passkey challenge, the typed address. */
    static String message(BrowserFlowClient.Page page) {
        assertTrue(page.says(SENT_JA), page.body());
        return page.status() + page.body()
                .replaceAll("(session_code|execution|tab_id|client_data)=[^&\"]*", "")
                .replaceAll("\"[A-Za-z0-9+/=_-]{40,}\"", "")
                .replaceAll("value=\"[^\"]*@[^\"]*\"", "");
    }
}
