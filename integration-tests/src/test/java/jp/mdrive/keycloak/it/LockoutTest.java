package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** R-LOCK-1, R-LOCK-2, R-LOCK-5 through realm mdrive's browser flow on the real server. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LockoutTest extends TimeTravelBase {

    static final String WRONG = "Wrong-Pass9";
    static final String LOCKED_JA = "アカウントがロックされています";
    static final String INVALID_JA = "メールアドレスまたはパスワードが正しくありません。";
    static final int FOURTEEN_DAYS = 14 * 24 * 60 * 60;

    private BrowserFlowClient.Page attempt(String email, String password) {
        return new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, password);
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertFalse(attempt(email, WRONG).passedPassword());
        }
    }

    /** Wrong passwords through the password grant, each refused as wrong, not yet as locked. */
    private static void grantFails(BearerClient api, String email, int times) {
        for (int i = 0; i < times; i++) {
            BearerClient.Answer wrong = api.passwordGrant(email, WRONG);
            assertEquals("Invalid user credentials", wrong.json().get("error_description"), wrong.body());
        }
    }

    /** The lock mail, once a quiet period after it has shown that no second one follows. */
    private MimeMessage onlyLockMail(String email) {
        Mails.awaitTo(mail, email, 1);
        List<MimeMessage> mails = Mails.quietTo(mail, email, 1);
        assertEquals(1, mails.size(), "exactly one lock mail");
        return mails.get(0);
    }

    /** A fresh Japanese user, locked by ten wrong passwords, and the unblock link of its one lock mail. */
    private String lockWithLink(String email) {
        DemoUsers.create(realm, email, "ja");
        failTimes(email, 10);
        return Mails.link(onlyLockMail(email));
    }

    @Test
    @DisplayName("R-LOCK-1 nine wrong passwords then the right one signs in and starts the count again")
    void nineThenSuccess() {
        String email = "lock-nine@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");

        failTimes(email, 9);
        assertTrue(attempt(email, DemoRealm.PASSWORD).passedPassword());

        failTimes(email, 9);
        assertTrue(attempt(email, DemoRealm.PASSWORD).passedPassword(), "the success reset the count");
        assertEquals(List.of(), Mails.quietTo(mail, email, 0));
    }

    @Test
    @DisplayName("R-LOCK-1 the tenth wrong password locks; the right password is then refused with the lock message")
    void tenthLocks() {
        String email = "lock-ten@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");

        failTimes(email, 9);
        BrowserFlowClient.Page tenth = attempt(email, WRONG);
        assertTrue(tenth.says(LOCKED_JA), "the locking attempt already shows the lock");

        BrowserFlowClient.Page right = attempt(email, DemoRealm.PASSWORD);
        assertFalse(right.passedPassword());
        assertTrue(right.says(LOCKED_JA));
    }

    @Test
    @DisplayName("R-LOCK-1 the threshold is configurable on the execution: at 3 the third wrong password locks")
    void thresholdConfigurable() {
        String email = "lock-three@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        LockoutSetting.withThreshold(realm, 3, () -> {
            failTimes(email, 2);
            assertTrue(attempt(email, WRONG).says(LOCKED_JA), "the third wrong password locks");
            assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA));
        });
    }

    @Test
    @DisplayName("R-LOCK-1 the password grant has no threshold of its own: at 3 on the login flow its third wrong password locks")
    void passwordGrantReadsLoginFlowThreshold() {
        String email = "lock-grant-three@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        LockoutSetting.withThreshold(realm, 3, () -> {
            BearerClient api = new BearerClient(realm);
            grantFails(api, email, 2);
            BearerClient.Answer third = api.passwordGrant(email, WRONG);
            assertEquals("invalid_grant", third.json().get("error"), third.body());
            assertEquals("Account is locked", third.json().get("error_description"), "the third locks");
            assertEquals("Account is locked", api.passwordGrant(email, DemoRealm.PASSWORD).json().get("error_description"));
            assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA), "the login form sees the same lock");
        });
        onlyLockMail(email);
    }

    @Test
    @DisplayName("R-LOCK-2 one 【M-Drive】アカウントロック mail per lock, in Japanese, with the manual 6.1 body and a 14-day link")
    void lockMail() {
        String email = "lock-mail@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");

        failTimes(email, 12);

        MimeMessage lockMail = onlyLockMail(email);
        assertEquals(MailSubject.ACCOUNT_LOCK.ja, Mails.subject(lockMail));
        String text = Mails.text(lockMail);
        assertTrue(text.startsWith("Test Taro様"), text);
        Mails.assertSays(text, "サービスへのログインが規定回数以上失敗したため、アカウントをロックしました。",
                "※有効期限: 本メール受領後14日間",
                "ポータルサイトのログイン画面よりパスワード変更を行うことによりロックを解除できます。",
                "自動送信");
    }

    @Test
    @DisplayName("R-LOCK-2 the lock mail follows the user's language: English for an English user")
    void lockMailInEnglish() {
        String email = "lock-mail-en@demo.m-drive.example";
        DemoUsers.create(realm, email, "en");

        failTimes(email, 10);

        MimeMessage lockMail = onlyLockMail(email);
        assertEquals("[M-Drive] Account locked", Mails.subject(lockMail));
        assertTrue(Mails.text(lockMail).contains("The link is valid for 14 days"), Mails.text(lockMail));
    }

    @Test
    @DisplayName("R-LOCK-2 the unblock link unlocks once; the right password then works; a second use changes nothing")
    void linkUnlocksOnce() {
        String email = "lock-link@demo.m-drive.example";
        String link = lockWithLink(email);
        String userId = realm.admin().users().searchByEmail(email, true).get(0).getId();
        assertEquals("mdrive_lockout", Events.of(realm, userId, "USER_DISABLED_BY_PERMANENT_LOCKOUT").get(0).getDetails().get("reason"),
                "the lock is an event for audit");

        BrowserFlowClient.Page unlocked = new BrowserFlowClient(realm).get(link);
        assertEquals(200, unlocked.status());
        assertTrue(unlocked.says("アカウントロックを解除しました。"), unlocked.body());
        assertTrue(attempt(email, DemoRealm.PASSWORD).passedPassword());
        assertEquals("mdrive_unlock", Events.of(realm, userId, "EXECUTE_ACTION_TOKEN").get(0).getDetails().get("reason"),
                "the unlock is an event for audit");

        failTimes(email, 10);
        BrowserFlowClient.Page reused = new BrowserFlowClient(realm).get(link);
        assertFalse(reused.says("アカウントロックを解除しました。"), "the first lock's link must not lift the second lock");
        assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA));
        Mails.awaitTo(mail, email, 2);
        assertEquals(2, Mails.quietTo(mail, email, 2).size(), "one mail per lock");
    }

    @Test
    @DisplayName("R-LOCK-2 a tampered unblock link shows a clear page and leaves the lock")
    void tamperedLink() {
        String email = "lock-tampered@demo.m-drive.example";
        String link = lockWithLink(email);
        int signature = link.length() - 5;
        String tampered = link.substring(0, signature) + (link.charAt(signature) == 'A' ? 'B' : 'A') + link.substring(signature + 1);

        BrowserFlowClient.Page refused = new BrowserFlowClient(realm).get(tampered);
        assertFalse(refused.says("アカウントロックを解除しました。"));
        assertTrue(refused.status() < 500, "a clear page, not a server error: " + refused.status());
        assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA));
    }

    @Test
    @DisplayName("R-LOCK-2 after 14 days the unblock link has expired and leaves the lock")
    void expiredLink() {
        String email = "lock-expired@demo.m-drive.example";
        String link = lockWithLink(email);

        timeOffSet.set(FOURTEEN_DAYS + 60);
        BrowserFlowClient.Page expired = new BrowserFlowClient(realm).get(link);
        assertFalse(expired.says("アカウントロックを解除しました。"));
        assertTrue(expired.status() < 500, "a clear page, not a server error: " + expired.status());
        timeOffSet.set(0);

        assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA));
    }

    @Test
    @DisplayName("R-LOCK-1 wrong passwords through the password grant count toward the same lock")
    void passwordGrantCounts() {
        String email = "lock-grant@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        BearerClient api = new BearerClient(realm);

        failTimes(email, 5);
        grantFails(api, email, 4);
        assertEquals("Account is locked", api.passwordGrant(email, WRONG).json().get("error_description"), "the tenth locks");

        BearerClient.Answer refused = api.passwordGrant(email, DemoRealm.PASSWORD);
        assertEquals("invalid_grant", refused.json().get("error"), refused.body());
        assertEquals("Account is locked", refused.json().get("error_description"));
        assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA));
        onlyLockMail(email);
    }

    @Test
    @DisplayName("R-LOCK-5 fifty wrong passwords at once: every one counted, one lock, one mail, right password refused")
    void fiftyConcurrent() throws Exception {
        String email = "lock-burst@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        List<BrowserFlowClient> browsers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            browsers.add(new BrowserFlowClient(realm).openLoginPage("ja"));
        }

        List<Callable<BrowserFlowClient.Page>> attempts = new ArrayList<>();
        for (BrowserFlowClient browser : browsers) {
            attempts.add(() -> browser.logIn(email, WRONG));
        }
        int invalid = 0;
        int locked = 0;
        for (BrowserFlowClient.Page page : Burst.of(attempts)) {
            if (page.says(LOCKED_JA)) {
                locked++;
            } else if (page.says(INVALID_JA)) {
                invalid++;
            }
        }
        // Exactly nine attempts were told "wrong password"; the tenth and every later one saw the lock.
        assertEquals(9, invalid, "wrong-password answers");
        assertEquals(41, locked, "locked answers");

        onlyLockMail(email);
        assertTrue(attempt(email, DemoRealm.PASSWORD).says(LOCKED_JA));
    }
}
