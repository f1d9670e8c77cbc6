package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jp.mdrive.keycloak.it.pages.MdriveLoginPage;
import jp.mdrive.keycloak.it.pages.NextPage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Every 2-step verification page as a person sees it in Chromium, in Japanese and in English, with screenshots. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TwoStepPagesTest extends TwoStepBase {

    private record Texts(String language, String title, String doneTitle, String login, String remember, String saved,
            String smsFailed, String useApp, String useSms) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "ja", new Texts("日本語", "2段階認証", "2段階認証完了", "ログインする", "このブラウザを一定期間、記憶する",
                    "リカバリコードを保存しました", "SMSを送信できませんでした",
                    "QRコードでの認証はこちら", "SMS (ショートメッセージ) での認証はこちら"),
            "en", new Texts("English", "2-step verification", "2-step verification complete", "Sign in",
                    "Remember this browser for a while", "I have saved the recovery code", "The SMS could not be sent",
                    "Verify with a QR code instead", "Verify by SMS (text message) instead"));

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    MdriveLoginPage loginPage;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            ja, 090-2468-1357, +819024681357
            en, 090-2468-1358, +819024681358
            """)
    @DisplayName("R-2SV-2 R-2SV-3 R-2SV-5 in Japanese and in English: phone first (refused and failing SMS), code, recovery code, completion, SMS login, recovery login, Authenticator")
    void walkThrough(String locale, String typedPhone, String e164) {
        Texts texts = TEXTS.get(locale);
        String email = "pages-" + locale + "-" + System.nanoTime() + "@demo.m-drive.example";
        Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), DemoUsers.create(realm, email, locale));

        logIn(email, texts);
        byId("mdrive-2sv-phone-form");
        assertEquals(texts.title(), title());
        assertEquals(texts.useApp(), byId("mdrive-2sv-use-app").getText().strip());
        assertTrue(byId("mdrive-2sv-phone-submit").getLocation().getY() < byId("mdrive-2sv-use-app").getLocation().getY(),
                "the SMS page first, the QR-code link under it");
        shot("2sv-phone-" + locale);

        submit("mdrive-2sv-use-app");
        assertTrue(byId("mdrive-2sv-qr-code").isDisplayed());
        assertEquals(texts.useSms(), byId("mdrive-2sv-use-sms").getText().strip());
        submit("mdrive-2sv-use-sms");
        type("phone", "03-1234-5678");
        submit("mdrive-2sv-phone-submit");
        assertTrue(byId("input-error-phone").isDisplayed());
        shot("2sv-phone-refused-" + locale);

        sns.failing(true);
        type("phone", typedPhone);
        submit("mdrive-2sv-phone-submit");
        assertTrue(byId("input-error-phone").getText().startsWith(texts.smsFailed()), byId("input-error-phone").getText());
        shot("2sv-sms-failed-" + locale);
        sns.failing(false);

        type("phone", typedPhone);
        submit("mdrive-2sv-phone-submit");
        assertEquals(texts.remember(), driver.findElement(By.cssSelector("label[for=remember]")).getText().strip());
        shot("2sv-sms-code-" + locale);

        type("code", sns.awaitCode(e164, 0));
        submit("mdrive-2sv-code-submit");
        String recoveryCode = byId("mdrive-2sv-recovery-code").getText().strip();
        assertEquals(texts.saved(), driver.findElement(By.cssSelector("label[for=saved]")).getText().strip());
        shot("2sv-recovery-code-" + locale);
        submit("mdrive-2sv-recovery-code-submit");
        assertTrue(byId("input-error-saved").isDisplayed(), "the box must be ticked");
        shot("2sv-recovery-code-unticked-" + locale);
        byId("saved").click();
        submit("mdrive-2sv-recovery-code-submit");

        assertEquals(texts.login(), byId("mdrive-2sv-login").getText().strip());
        assertEquals(texts.doneTitle(), title());
        shot("2sv-done-" + locale);
        submit("mdrive-2sv-login");
        driver.waiting().until(d -> d.getCurrentUrl().contains("/realms/mdrive/account"));

        logIn(email, texts);
        byId("mdrive-2sv-code-form");
        shot("2sv-login-sms-" + locale);
        submit("mdrive-2sv-use-recovery");
        byId("mdrive-2sv-recovery-form");
        shot("2sv-login-recovery-" + locale);
        type("recovery_code", recoveryCode);
        submit("mdrive-2sv-recovery-submit");
        byId("mdrive-2sv-phone-form");
        shot("2sv-recovery-used-" + locale);

        submit("mdrive-2sv-use-app");
        assertTrue(byId("mdrive-2sv-qr-code").isDisplayed());
        assertTrue(byId("mdrive-2sv-secret").getText().strip().length() >= 32);
        shot("2sv-authenticator-" + locale);
    }

    private void logIn(String email, Texts texts) {
        loginPage.openFresh(realm.getBaseUrl(), texts.language());
        loginPage.logIn(email, DemoRealm.PASSWORD);
    }

    private String title() {
        return byId("kc-page-title").getText().strip();
    }

    private WebElement byId(String id) {
        return driver.waiting().until(d -> d.findElement(By.id(id)));
    }

    /** Clicks a button that loads the next page, and waits until the old page is gone before anything reads it. */
    private void submit(String id) {
        NextPage.after(driver, () -> byId(id).click());
    }

    private void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private void shot(String name) {
        Screenshots.save(driver, getClass(), name);
    }
}
