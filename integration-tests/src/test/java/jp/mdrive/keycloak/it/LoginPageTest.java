package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LoginPageTest extends BrowserBase {

    /** What the login page says in one language (manual 1.1). */
    record Wording(String language, String locale, String title, String settingsMenu, String settingsLink, String email,
                   String password, String logIn, String forgotPassword, String activeDirectory) {

        @Override
        public String toString() {
            return language;
        }
    }

    static List<Wording> wordings() {
        return List.of(
                new Wording("日本語", "ja", "ログイン", "パスワード変更、その他認証・契約情報の変更はこちら", "こちら", "メールアドレス",
                        "パスワード", "ログイン", "パスワードを忘れた方はこちら", "Active Directoryアカウントでログイン"),
                new Wording("English", "en", "Log in",
                        "To change your password or other authentication and contract settings, click here", "here",
                        "Email address", "Password", "Log in", "Forgot your password?", "Log in with an Active Directory account"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    @DisplayName("R-LOGIN-1 login page in Japanese and in English has the manual 1.1 wording and passes the demo user on to 2-step verification")
    void wording(Wording wording) {
        loginPage.openFresh(realm.getBaseUrl(), wording.language());

        assertEquals(wording.title(), loginPage.text("kc-page-title"));
        assertEquals(wording.settingsMenu(), loginPage.text("mdrive-settings-menu"));
        WebElement settingsLink = loginPage.element("mdrive-settings-menu-link");
        assertEquals(wording.settingsLink(), settingsLink.getText().strip());
        assertTrue(settingsLink.getAttribute("href").endsWith("/realms/mdrive/mdrive/settings?kc_locale=" + wording.locale()),
                settingsLink.getAttribute("href"));
        assertEquals(wording.email(), loginPage.label("username"));
        assertEquals(wording.password(), loginPage.label("password"));
        assertEquals(wording.logIn(), loginPage.text("kc-login"));
        WebElement forgotPassword = loginPage.element("mdrive-forgot-password");
        assertEquals(wording.forgotPassword(), forgotPassword.getText().strip());
        assertTrue(forgotPassword.getAttribute("href").contains("/login-actions/reset-credentials"));
        assertEquals(List.of(), loginPage.federatedButtons(), "identity providers stay hidden until configured");
        assertEquals(wording.activeDirectory(), loginPage.text("mdrive-ad-button"));
        Screenshots.save(driver, getClass(), "login-" + wording.locale());

        loginPage.logIn(DemoRealm.BASIC_USER, DemoRealm.PASSWORD);
        driver.waiting().until(d -> !d.findElements(By.id("mdrive-2sv-phone-form")).isEmpty());
    }

    @Test
    @DisplayName("R-LOGIN-1 wrong password keeps the user on the login page with a message that names neither field")
    void wrongPassword() {
        loginPage.openFresh(realm.getBaseUrl(), "日本語");
        loginPage.logIn(DemoRealm.BASIC_USER, "Wrong-Pass1");

        loginPage.assertCurrent();
        assertEquals("メールアドレスまたはパスワードが正しくありません。", loginPage.text("input-error-username"));
        Screenshots.save(driver, getClass(), "login-wrong-password-ja");
    }

    @Test
    @DisplayName("R-LOGIN-1 configured identity providers appear as the manual's buttons, in the manual's order")
    void federatedButtons() {
        Brokers.ALIASES.forEach(alias -> showOnLogin(alias, true));
        try {
            loginPage.openFresh(realm.getBaseUrl(), "日本語");
            assertEquals(List.of("Googleアカウントでログイン", "Facebookアカウントでログイン",
                    "Microsoftアカウントでログイン", "dアカウントでログイン"), loginPage.federatedButtons());
            Screenshots.save(driver, getClass(), "login-federated-ja");

            loginPage.selectLanguage("English");
            assertEquals(List.of("Log in with a Google account", "Log in with a Facebook account",
                    "Log in with a Microsoft account", "Log in with a d ACCOUNT"), loginPage.federatedButtons());
            Screenshots.save(driver, getClass(), "login-federated-en");
        } finally {
            Brokers.ALIASES.forEach(alias -> showOnLogin(alias, false));
        }
    }

    private void showOnLogin(String alias, boolean shown) {
        IdentityProviderRepresentation idp = realm.admin().identityProviders().get(alias).toRepresentation();
        idp.setEnabled(shown);
        idp.setHideOnLogin(!shown);
        realm.admin().identityProviders().get(alias).update(idp);
    }
}
