package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LoginPageTest extends BrowserBase {


    @Test
    @DisplayName("R-LOGIN-1 login page in Japanese has the manual 1.1 wording and passes the demo user on to 2-step verification")
    void japanese() {
        loginPage.openFresh(realm.getBaseUrl(), "日本語");

        assertEquals("ログイン", loginPage.title());
        assertEquals("パスワード変更、その他認証・契約情報の変更はこちら", loginPage.settingsMenuText());
        assertEquals("こちら", loginPage.settingsMenuLink().getText().strip());
        assertTrue(loginPage.settingsMenuLink().getAttribute("href").endsWith("/realms/mdrive/mdrive/settings?kc_locale=ja"),
                loginPage.settingsMenuLink().getAttribute("href"));
        assertEquals("メールアドレス", loginPage.usernameLabel());
        assertEquals("パスワード", loginPage.passwordLabel());
        assertEquals("ログイン", loginPage.loginButtonText());
        assertEquals("パスワードを忘れた方はこちら", loginPage.forgotPasswordLink().getText().strip());
        assertTrue(loginPage.forgotPasswordLink().getAttribute("href").contains("/login-actions/reset-credentials"));
        assertEquals(List.of(), loginPage.federatedButtons(), "identity providers stay hidden until configured");
        assertEquals("Active Directoryアカウントでログイン", loginPage.activeDirectoryButton().getText().strip());
        Screenshots.save(driver, getClass(), "login-ja");

        loginPage.logIn(DemoRealm.BASIC_USER, DemoRealm.PASSWORD);
        driver.waiting().until(d -> !d.findElements(By.id("mdrive-2sv-choose-form")).isEmpty());
    }

    @Test
    @DisplayName("R-LOGIN-1 login page in English has the same elements and passes the demo user on to 2-step verification")
    void english() {
        loginPage.openFresh(realm.getBaseUrl(), "English");

        assertEquals("Log in", loginPage.title());
        assertEquals("To change your password or other authentication and contract settings, click here",
                loginPage.settingsMenuText());
        assertEquals("Email address", loginPage.usernameLabel());
        assertEquals("Forgot your password?", loginPage.forgotPasswordLink().getText().strip());
        assertEquals("Log in with an Active Directory account", loginPage.activeDirectoryButton().getText().strip());
        Screenshots.save(driver, getClass(), "login-en");

        loginPage.logIn(DemoRealm.BASIC_USER, DemoRealm.PASSWORD);
        driver.waiting().until(d -> !d.findElements(By.id("mdrive-2sv-choose-form")).isEmpty());
    }

    @Test
    @DisplayName("R-LOGIN-1 wrong password keeps the user on the login page with a message that names neither field")
    void wrongPassword() {
        loginPage.openFresh(realm.getBaseUrl(), "日本語");
        loginPage.logIn(DemoRealm.BASIC_USER, "Wrong-Pass1");

        loginPage.assertCurrent();
        assertEquals("メールアドレスまたはパスワードが正しくありません。", loginPage.usernameError());
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
