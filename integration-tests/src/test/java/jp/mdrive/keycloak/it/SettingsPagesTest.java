package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mdrive.keycloak.it.pages.NextPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * R-MENU-1 in Chromium, Japanese and English: the settings login, the menu as each of the four
 * columns of the table sees it, and every page with its confirmation, saved under
 * target/screenshots/SettingsPagesTest/.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class SettingsPagesTest {

    @InjectRealm(fromJson = DemoRealm.JSON)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @Test
    @DisplayName("R-MENU-1 the settings login, the menu of each column and every page, in Japanese")
    void japanese() {
        walkThrough("ja", "認証・契約情報変更ログイン", "認証・契約情報変更メニュー");
    }

    @Test
    @DisplayName("R-MENU-1 the settings login, the menu of each column and every page, in English")
    void english() {
        walkThrough("en", "Authentication and contract settings login", "Authentication and contract settings");
    }

    private void walkThrough(String locale, String loginTitle, String menuTitle) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Organizations.OwnContract basic = contract("shots-basic-" + locale, Map.of("mdrive.line-numbers", "CAF1234567890",
                "mdrive.ad.connection-id", "adfs-" + locale.toUpperCase() + "SHOTS00000000001"));
        Organizations.OwnContract trial = contract("shots-trial-" + locale, Map.of("mdrive.plan", "trial",
                "mdrive.trial.started-on", today.minusDays(5).toString()));
        String basicOther = member(basic, "basic-other-" + locale, locale);
        String trialOther = member(trial, "trial-other-" + locale, locale);
        speaks(basic.contractorId(), locale);
        speaks(trial.contractorId(), locale);

        signIn(basicOther, locale, loginTitle, "settings-login-" + locale);
        assertTitle(menuTitle);
        Screenshots.save(driver, getClass(), "menu-basic-others-" + locale);
        signIn(trialOther, locale, loginTitle, null);
        Screenshots.save(driver, getClass(), "menu-trial-others-" + locale);
        signIn(trial.contractor(), locale, loginTitle, null);
        Screenshots.save(driver, getClass(), "menu-trial-contractor-" + locale);
        page("plan", "plan", locale, "mdrive-settings-submit");

        signIn(basic.contractor(), locale, loginTitle, null);
        Screenshots.save(driver, getClass(), "menu-basic-contractor-" + locale);
        page("password", "password", locale, null);
        page("access-route", "access-route", locale, "mdrive-settings-submit");
        page("two-step", "two-step", locale, "mdrive-settings-submit");
        page("active-directory", "active-directory", locale, null);
        open("contract");
        type("name", "山田 太郎");
        type("company", "株式会社エムドライブ");
        type("address", "東京都千代田区1-1");
        type("phone", "03-1234-5678");
        Screenshots.save(driver, getClass(), "contract-" + locale);
        click("mdrive-settings-submit");
        Screenshots.save(driver, getClass(), "contract-confirm-" + locale);
        click("mdrive-settings-confirm");
        Screenshots.save(driver, getClass(), "contract-done-" + locale);
        click("mdrive-settings-to-menu");
        page("plan", "plan-basic", locale, null);
        page("cancellation", "cancellation", locale, "mdrive-settings-submit");
        page("email", "email", locale, null);
        page("members", "members", locale, null);
    }

    private Organizations.OwnContract contract(String name, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("mdrive.two-step-verification", "false");
        return Organizations.withContractor(realm, name, all);
    }

    private String member(Organizations.OwnContract contract, String name, String locale) {
        String email = name + "@" + contract.alias() + ".example";
        Organizations.join(contract.resource(), DemoUsers.create(realm, email, locale));
        if (name.startsWith("basic")) {
            OrganizationRepresentation organization = contract.resource().toRepresentation();
            organization.getAttributes().put("mdrive.admins", List.of(realm.admin().users().searchByEmail(email, true).get(0).getId()));
            contract.resource().update(organization).close();
        }
        return email;
    }

    private void speaks(String userId, String locale) {
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.getAttributes().put("locale", List.of(locale));
        realm.admin().users().get(userId).update(user);
    }

    /** Through the login page's link, as a visitor without cookies; a screenshot of the settings login when named. */
    private void signIn(String email, String locale, String loginTitle, String loginShot) {
        driver.open(realm.getBaseUrl() + "/.well-known/openid-configuration");
        driver.driver().manage().deleteAllCookies();
        driver.open(realm.getBaseUrl() + "/mdrive/settings?kc_locale=" + locale);
        assertTitle(loginTitle);
        if (loginShot != null) {
            Screenshots.save(driver, getClass(), loginShot);
        }
        type("username", email);
        type("password", DemoRealm.PASSWORD);
        click("kc-login");
        driver.waiting().until(d -> d.findElement(By.id("mdrive-settings-menu")));
    }

    /** Opens the item, saves it (and its confirmation, reached by that button), and goes back to the menu. */
    private void page(String item, String name, String locale, String toConfirmation) {
        open(item);
        Screenshots.save(driver, getClass(), name + "-" + locale);
        if (toConfirmation != null) {
            if (item.equals("access-route")) {
                driver.findElement(By.id("mdrive-route-line-only")).click();
            }
            if (item.equals("two-step")) {
                driver.findElement(By.id("mdrive-2sv-true")).click();
            }
            click(toConfirmation);
            Screenshots.save(driver, getClass(), name + "-confirm-" + locale);
        }
        click("mdrive-settings-to-menu");
        driver.waiting().until(d -> d.findElement(By.id("mdrive-settings-menu")));
    }

    private void open(String item) {
        click("mdrive-settings-open-" + item);
    }

    private void assertTitle(String title) {
        driver.waiting().until(d -> d.findElement(By.id("kc-page-title")).getText().strip().equals(title));
        assertEquals(title, driver.findElement(By.id("kc-page-title")).getText().strip());
    }

    private void click(String id) {
        NextPage.after(driver, () -> driver.findElement(By.id(id)).click());
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }
}
