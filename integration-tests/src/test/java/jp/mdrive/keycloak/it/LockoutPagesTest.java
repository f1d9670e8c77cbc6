package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/** The lock as a person sees it: the login page's lock message and the unblock page, in ja and en. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LockoutPagesTest extends MailBrowserBase {

    @ParameterizedTest(name = "{2}")
    @CsvSource(textBlock = """
            lock-page-ja@demo.m-drive.example, ja, 日本語, アカウントがロックされています, アカウントロックを解除しました。
            lock-page-en@demo.m-drive.example, en, English, Your account is locked, Your account has been unlocked.
            """)
    @DisplayName("R-LOCK-1 R-LOCK-2 the locked login page and the unblock page, in Japanese and in English")
    void showLockAndUnlock(String email, String locale, String language, String lockedText, String unlockedText) {
        DemoUsers.create(realm, email, locale);
        for (int i = 0; i < 10; i++) {
            new BrowserFlowClient(realm).openLoginPage(locale).logIn(email, LockoutTest.WRONG);
        }

        loginPage.openFresh(realm.getBaseUrl(), language);
        loginPage.logIn(email, DemoRealm.PASSWORD);
        loginPage.assertCurrent();
        assertTrue(loginPage.getErrorMessage().orElse("").contains(lockedText), loginPage.getErrorMessage().orElse(""));
        Screenshots.save(driver, getClass(), "locked-" + locale);

        List<MimeMessage> mails = Mails.awaitTo(mail, email, 1);
        assertEquals("ja".equals(locale) ? "【M-Drive】アカウントロック" : "[M-Drive] Account locked", Mails.subject(mails.get(0)));
        Screenshots.mail(driver, getClass(), "mail-account-locked-" + locale, mails.get(0));
        driver.open(Mails.link(mails.get(0)));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains(unlockedText));
        Screenshots.save(driver, getClass(), "unlocked-" + locale);
    }
}
