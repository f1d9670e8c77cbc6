package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;

import jp.mdrive.keycloak.it.pages.NextPage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** Forgot password as a person sees it, in Japanese and English, with a screenshot of every page. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class PasswordResetPagesTest extends MailBrowserBase {

    @ParameterizedTest(name = "{2}")
    @CsvSource(textBlock = """
            reset-page-ja@demo.m-drive.example, ja, 日本語, パスワードは英大文字、英小文字、数字、記号から3種類以上を含めてください。, リセットパスワードの手続きが完了いたしました。, 【M-Drive】パスワードリセット, 14日間以内
            reset-page-en@demo.m-drive.example, en, English, The password must contain at least 3 of, Your password has been reset., [M-Drive] Password reset, within 14 days
            """)
    @DisplayName("R-LOCK-4 R-MAIL-1 typed address → reset password (リセットパスワード) → done (完了), in Japanese and in English")
    void walkThrough(String email, String locale, String language, String weakMessage, String doneMessage,
                             String mailSubject, String mailValidity) {
        DemoUsers.create(realm, email, locale);
        loginPage.openFresh(realm.getBaseUrl(), language);

        driver.findElement(By.id("username")).sendKeys(email);
        NextPage.after(driver, () -> loginPage.element("mdrive-forgot-password").click());
        assertEquals(email, driver.findElement(By.id("username")).getAttribute("value"), "the typed address came along");
        Screenshots.save(driver, getClass(), "reset-request-" + locale);
        NextPage.after(driver, () -> driver.findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click());
        Screenshots.save(driver, getClass(), "reset-sent-" + locale);

        MimeMessage resetMail = Mails.awaitTo(mail, email, 1).get(0);
        assertEquals(mailSubject, Mails.subject(resetMail));
        assertTrue(Mails.text(resetMail).contains(mailValidity), Mails.text(resetMail));
        Screenshots.mail(driver, getClass(), "mail-password-reset-" + locale, resetMail);
        driver.open(Mails.link(resetMail));
        Screenshots.save(driver, getClass(), "reset-password-" + locale);

        setPassword("abcdefgh1");
        assertTrue(bodyOnceItSays(weakMessage).contains(weakMessage), body());
        Screenshots.save(driver, getClass(), "reset-password-refused-" + locale);

        setPassword(PasswordResetTest.NEW_PASSWORD);
        assertTrue(bodyOnceItSays(doneMessage).contains(doneMessage), body());
        Screenshots.save(driver, getClass(), "reset-done-" + locale);

        NextPage.after(driver, () -> driver.findElement(By.id("mdrive-done-ok")).click());
        loginPage.assertCurrent();
    }

    private void setPassword(String password) {
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        NextPage.after(driver, () -> driver.findElement(By.id("mdrive-reset-submit")).click());
    }

    private String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's text once it says that; fails if it does not within 10 s (the page before the submit may still be going away). */
    private String bodyOnceItSays(String text) {
        long deadline = System.currentTimeMillis() + 10_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                body = body();
                if (body.contains(text)) {
                    return body;
                }
            } catch (StaleElementReferenceException e) {
                // the old page went away while being read: read the new one
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the page did not say \"" + text + "\" within 10 s: " + body);
    }
}
