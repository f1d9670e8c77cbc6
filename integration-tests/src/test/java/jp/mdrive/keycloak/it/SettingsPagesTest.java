package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mdrive.keycloak.it.pages.NextPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * R-MENU-1 in Chromium, Japanese and English: the settings login, the menu as each of the four
 * columns of the table sees it, and every page with its confirmation, saved under
 * target/screenshots/SettingsPagesTest/.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class SettingsPagesTest extends MailBrowserBase {

    private static final List<String> PLAN = List.of("プラン変更", "Plan change");
    private static final List<String> PLAN_CONFIRM = List.of("プラン変更確認", "Plan change confirmation");
    private static final List<String> PASSWORD = List.of("パスワード変更", "Password change");
    private static final List<String> TWO_STEP = List.of("2段階認証設定", "2-step verification");
    private static final List<String> TWO_STEP_CONFIRM = List.of("設定確認", "Confirm the setting");
    private static final List<String> ROUTE = List.of("アクセス経路設定", "Access route");
    private static final List<String> ROUTE_CONFIRM = List.of("アクセス経路変更確認", "Access route change confirmation");
    private static final List<String> AD = List.of("Active Directory設定", "Active Directory");
    private static final List<String> CONTRACT = List.of("契約情報変更", "Contract details");
    private static final List<String> CONTRACT_CONFIRM = List.of("契約情報変更確認", "Contract details confirmation");
    private static final List<String> EMAIL = List.of("メールアドレス変更", "E-mail address change");
    private static final List<String> MEMBERS = List.of("利用者管理", "Users");
    private static final List<String> LINES = List.of("回線認証設定", "Line authentication settings");
    private static final List<String> CANCELLATION = List.of("解約", "Cancellation");
    private static final List<String> CANCELLATION_CONFIRM = List.of("解約確認", "Cancellation confirmation");

    /** The title each screenshot must show (Japanese, English): the manual's page names; a done page keeps its form's. */
    private static final Map<String, List<String>> TITLES = Map.ofEntries(
            Map.entry("plan", PLAN),
            Map.entry("plan-confirm", PLAN_CONFIRM),
            Map.entry("plan-done", PLAN),
            Map.entry("password", PASSWORD),
            Map.entry("password-done", PASSWORD),
            Map.entry("two-step", TWO_STEP),
            Map.entry("two-step-confirm", TWO_STEP_CONFIRM),
            Map.entry("two-step-done", TWO_STEP),
            Map.entry("access-route", ROUTE),
            Map.entry("access-route-confirm", ROUTE_CONFIRM),
            Map.entry("access-route-done", ROUTE),
            Map.entry("two-step-line-only", TWO_STEP),
            Map.entry("active-directory", AD),
            Map.entry("contract", CONTRACT),
            Map.entry("contract-confirm", CONTRACT_CONFIRM),
            Map.entry("contract-done", CONTRACT),
            Map.entry("plan-basic", PLAN),
            Map.entry("email", EMAIL),
            Map.entry("email-sent", EMAIL),
            Map.entry("members", MEMBERS),
            Map.entry("lines", LINES),
            Map.entry("lines-refused", LINES),
            Map.entry("lines-saved", LINES),
            Map.entry("cancellation", CANCELLATION),
            Map.entry("cancellation-confirm", CANCELLATION_CONFIRM),
            Map.entry("cancellation-done", CANCELLATION));

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            ja, 認証・契約情報変更ログイン, 認証・契約情報変更メニュー
            en, Authentication and contract settings login, Authentication and contract settings
            """)
    @DisplayName("R-MENU-1 the settings login, the menu of each column and every page, in Japanese and in English")
    void walkThrough(String locale, String loginTitle, String menuTitle) {
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
        assertTitle(menuTitle);
        Screenshots.save(driver, getClass(), "menu-trial-others-" + locale);
        signIn(trial.contractor(), locale, loginTitle, null);
        assertTitle(menuTitle);
        Screenshots.save(driver, getClass(), "menu-trial-contractor-" + locale);
        open("plan");
        shot("plan", locale);
        click("mdrive-settings-submit");
        shot("plan-confirm", locale);
        click("mdrive-settings-confirm");
        shot("plan-done", locale);
        click("mdrive-settings-to-menu");

        signIn(basic.contractor(), locale, loginTitle, null);
        assertTitle(menuTitle);
        Screenshots.save(driver, getClass(), "menu-basic-contractor-" + locale);
        open("password");
        shot("password", locale);
        type("password", DemoRealm.PASSWORD);
        type("password-new", "Shots-Pass2");
        type("password-confirm", "Shots-Pass2");
        click("mdrive-settings-submit");
        shot("password-done", locale);
        click("mdrive-settings-to-menu");

        open("two-step");
        shot("two-step", locale);
        driver.findElement(By.id("mdrive-2sv-true")).click();
        click("mdrive-settings-submit");
        shot("two-step-confirm", locale);
        driver.findElement(By.id("mdrive-settings-understood")).click();
        click("mdrive-settings-confirm");
        shot("two-step-done", locale);
        click("mdrive-settings-to-menu");

        open("access-route");
        shot("access-route", locale);
        driver.findElement(By.id("mdrive-route-line-only")).click();
        click("mdrive-settings-submit");
        shot("access-route-confirm", locale);
        click("mdrive-settings-confirm");
        shot("access-route-done", locale);
        click("mdrive-settings-to-menu");
        open("two-step");
        shot("two-step-line-only", locale);
        click("mdrive-settings-to-menu");

        open("active-directory");
        shot("active-directory", locale);
        click("mdrive-settings-to-menu");

        open("contract");
        type("name", "山田 太郎");
        type("company", "株式会社エムドライブ");
        type("address", "東京都千代田区1-1");
        type("phone", "03-1234-5678");
        shot("contract", locale);
        click("mdrive-settings-submit");
        shot("contract-confirm", locale);
        click("mdrive-settings-confirm");
        shot("contract-done", locale);
        click("mdrive-settings-to-menu");

        open("plan");
        shot("plan-basic", locale);
        click("mdrive-settings-to-menu");

        open("email");
        shot("email", locale);
        type("email", "moved-" + basic.contractor());
        type("email-confirm", "moved-" + basic.contractor());
        click("mdrive-settings-submit");
        shot("email-sent", locale);
        click("mdrive-settings-to-menu");

        open("members");
        shot("members", locale);
        click("mdrive-settings-to-menu");

        open("lines");
        shot("lines", locale);
        type("mdrive-line-new", "CAF123");
        click("mdrive-settings-submit");
        shot("lines-refused", locale);
        type("mdrive-line-1", "cop1234abcd");
        click("mdrive-settings-submit");
        shot("lines-saved", locale);
        click("mdrive-settings-to-menu");

        open("cancellation");
        shot("cancellation", locale);
        click("mdrive-settings-submit");
        shot("cancellation-confirm", locale);
        driver.findElement(By.id("mdrive-settings-understood")).click();
        click("mdrive-settings-confirm");
        shot("cancellation-done", locale);
    }

    private void shot(String name, String locale) {
        List<String> titles = TITLES.get(name);
        assertTitle("ja".equals(locale) ? titles.get(0) : titles.get(1));
        Screenshots.save(driver, getClass(), name + "-" + locale);
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
