package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-OPS-8 in the real admin console (headless Debian Chromium), in English and Japanese: a locked
 * user's details with the lock, the user's M-Drive tab, whose Save lifts the lock, and an
 * organization's M-Drive tab. PNGs under {@code target/screenshots/admin-console/}.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class AdminConsoleScreensTest extends MailBase {

    private static final String FOLDER = "admin-console";
    private static final Duration SLOW_CONSOLE = Duration.ofSeconds(60);

    @InjectAdminClient
    Keycloak admin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectWebDriver
    ManagedWebDriver driver;

    private String console(String route) {
        return urls.getBase() + "/admin/master/console/#/" + realm.getName() + route;
    }

    /** Opens a console page, signing the framework's admin in when the console asks. */
    private void open(String route) {
        driver.driver().get(console(route));
        until(d -> !Elements.now(d, d, By.cssSelector("#kc-login, [data-testid=options-toggle], .pf-v5-c-page")).isEmpty());
        if (!Elements.now(driver, By.id("kc-login")).isEmpty()) {
            driver.driver().findElement(By.id("username")).sendKeys(Config.getAdminUsername());
            driver.driver().findElement(By.id("password")).sendKeys(Config.getAdminPassword());
            driver.driver().findElement(By.id("kc-login")).click();
        }
    }

    private void waitForText(String text) {
        until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), \"" + text + "\") and not(*[contains(normalize-space(.), \"" + text + "\")])]")));
    }

    private void waitFor(By element) {
        until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** Waits for the console; on a timeout the screen it stopped at is kept as {@code timed-out.png}. */
    private <T> void until(Function<WebDriver, T> condition) {
        try {
            new WebDriverWait(driver.driver(), SLOW_CONSOLE).until(condition);
        } catch (TimeoutException e) {
            Screenshots.save(driver, FOLDER, "timed-out");
            throw e;
        }
    }

    /** The console in the admin's language: the master realm offers ja, the admin has it as locale (or not). */
    private void consoleLanguage(String locale) {
        RealmResource master = admin.realm("master");
        RealmRepresentation settings = master.toRepresentation();
        settings.setInternationalizationEnabled(true);
        settings.setSupportedLocales(Set.of("en", "ja"));
        settings.setDefaultLocale("en");
        master.update(settings);
        UserResource adminUser = master.users().get(master.users().searchByUsername(Config.getAdminUsername(), true).get(0).getId());
        UserRepresentation representation = adminUser.toRepresentation();
        Map<String, List<String>> attributes = representation.getAttributes() == null ? new HashMap<>() : representation.getAttributes();
        attributes.put("locale", List.of(locale));
        representation.setAttributes(attributes);
        adminUser.update(representation);
        // the console reads its language when it loads; a new route after a hash alone would not reload it
        driver.driver().get("about:blank");
    }

    private void resetConsoleLanguage() {
        RealmResource master = admin.realm("master");
        UserResource adminUser = master.users().get(master.users().searchByUsername(Config.getAdminUsername(), true).get(0).getId());
        UserRepresentation representation = adminUser.toRepresentation();
        if (representation.getAttributes() != null) {
            representation.getAttributes().remove("locale");
            adminUser.update(representation);
        }
        RealmRepresentation settings = master.toRepresentation();
        settings.setInternationalizationEnabled(false);
        master.update(settings);
    }

    @Test
    @DisplayName("R-OPS-8 the console shows a locked user's lock on the details and lifts it with the M-Drive tab's Save; the contract tab; screenshots ja and en")
    void lockAndContractScreens() {
        Organizations.OwnContract contract = Organizations.withContractor(realm, "ops8-screens",
                Map.of("mdrive.line-numbers", "CAF1234567890"));
        String organizationId = contract.resource().toRepresentation().getId();
        try {
            for (String locale : List.of("en", "ja")) {
                consoleLanguage(locale);
                LockedUser locked = LockedUser.of(realm, mail, "ops8-screen-" + locale);

                open("/users/" + locked.userId() + "/settings");
                waitForText(locale.equals("ja") ? "ロック日時" : "Locked since");
                ((JavascriptExecutor) driver.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        driver.driver().findElement(By.xpath("//*[normalize-space(.) = '" + (locale.equals("ja") ? "ロック日時" : "Locked since") + "']")));
                until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "return Array.from(document.querySelectorAll('input')).some(input => input.value === '10');"));
                Screenshots.save(driver, FOLDER, "user-details-locked-" + locale);

                open("/users/" + locked.userId() + "/" + AdminConsoleTabsTest.LOCK_TAB);
                waitFor(By.id("liftLock"));
                waitForText(locale.equals("ja") ? "ロックを解除する" : "Lift the lock");
                Screenshots.save(driver, FOLDER, "user-mdrive-tab-" + locale);
                ((JavascriptExecutor) driver.driver()).executeScript("arguments[0].click();", driver.driver().findElement(By.id("liftLock")));
                driver.driver().findElement(By.cssSelector("[data-testid=save]")).click();
                waitFor(By.cssSelector(".pf-v5-c-alert.pf-m-success, .pf-m-success"));
                Screenshots.save(driver, FOLDER, "user-mdrive-tab-lifted-" + locale);
                assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(locked.email(), DemoRealm.PASSWORD).passedPassword(),
                        "the console's Save lifted the lock");

                open("/organizations/" + organizationId + "/" + AdminConsoleTabsTest.CONTRACT_TAB);
                waitFor(By.id("accessRoute"));
                waitForText(locale.equals("ja") ? "アクセス経路" : "Access route");
                Screenshots.save(driver, FOLDER, "organization-mdrive-tab-" + locale);
            }
        } finally {
            resetConsoleLanguage();
        }
        assertEquals(List.of("CAF1234567890"), contract.resource().toRepresentation().getAttributes().get("mdrive.line-numbers"),
                "opening the tab changed nothing");
    }
}
