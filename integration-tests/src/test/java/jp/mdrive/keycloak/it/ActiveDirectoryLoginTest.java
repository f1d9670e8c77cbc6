package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mdrive.keycloak.it.pages.ConnectionIdPage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.openqa.selenium.By;

/**
 * R-LOGIN-1, R-LOGIN-3: the login page's Active Directory button leads to the connection-ID page,
 * which routes a known connection ID to that contract's identity provider, played here by a second
 * realm on the same server.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ActiveDirectoryLoginTest extends BrowserBase {

    static final String CONNECTION_ID = "adfs-ABCDEFGHIJ12345678";

    @InjectRealm(ref = "adfs", config = AdfsRealm.class)
    ManagedRealm adfs;

    @InjectPage
    ConnectionIdPage connectionIdPage;

    @Test
    @DisplayName("R-LOGIN-3 Japanese: AD button, malformed and unknown connection IDs refused, a known one goes to its IdP")
    void japanese() {
        Brokers.registerOidc(realm, adfs, CONNECTION_ID);
        loginPage.openFresh(realm.getBaseUrl(), "日本語");
        assertEquals("Active Directoryアカウントでログイン", loginPage.text("mdrive-ad-button"));
        Screenshots.save(driver, getClass(), "login-with-ad-button-ja");

        loginPage.chooseActiveDirectory();
        connectionIdPage.assertCurrent();
        assertEquals("Active Directoryアカウントでログイン", connectionIdPage.text("kc-page-title"));
        Screenshots.save(driver, getClass(), "connection-id-ja");

        connectionIdPage.enter("adfs-123");
        assertEquals("接続ID「adfs-123」は正しくありません。adfs-と英数字18桁で入力してください。", connectionIdPage.error());
        assertEquals("adfs-123", driver.findElement(By.id("connection_id")).getAttribute("value"), "kept for correcting");
        Screenshots.save(driver, getClass(), "connection-id-malformed-ja");

        connectionIdPage.enter("adfs-ZZZZZZZZZZZZZZZZZZ");
        assertEquals("入力された接続IDは登録されていません。契約者から通知された接続IDをご確認ください。", connectionIdPage.error());

        connectionIdPage.enter(" " + CONNECTION_ID + " ");
        driver.waiting().until(d -> d.getCurrentUrl().startsWith(adfs.getBaseUrl() + "/protocol/openid-connect/auth"));
        assertTrue(driver.getCurrentUrl().contains("client_id=mdrive-broker"), driver.getCurrentUrl());
    }

    @Test
    @DisplayName("R-LOGIN-3 English: the connection-ID page, and 戻る (Back) returns to the e-mail and password login")
    void englishAndBack() {
        Brokers.registerOidc(realm, adfs, CONNECTION_ID);
        loginPage.openFresh(realm.getBaseUrl(), "English");
        loginPage.chooseActiveDirectory();
        connectionIdPage.assertCurrent();
        assertEquals("Log in with an Active Directory account", connectionIdPage.text("kc-page-title"));
        Screenshots.save(driver, getClass(), "connection-id-en");

        connectionIdPage.back();
        loginPage.assertCurrent();
        loginPage.logIn(DemoRealm.BASIC_USER, DemoRealm.PASSWORD);
        driver.waiting().until(d -> !d.findElements(By.id("mdrive-2sv-phone-form")).isEmpty());
    }

    public static class AdfsRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.clients(ClientBuilder.create().clientId(Brokers.CLIENT_ID).secret(Brokers.CLIENT_SECRET)
                    .redirectUris("http://localhost:8080/realms/mdrive/broker/" + CONNECTION_ID + "/endpoint"));
        }
    }
}
