package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import jp.mdrive.keycloak.it.pages.NextPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 13's screen faults, each measured in Chromium so that it cannot come back unseen: menu rows,
 * titles broken inside words, the address box on pages after the address, confirmation buttons,
 * notes touching buttons, labels, and Keycloak's own wording on its pages; Japanese and English.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ScreenLayoutTest extends MailBrowserBase {

    private static final Map<String, String> LANGUAGE = Map.of("ja", "日本語", "en", "English");
    private static final Dimension PHONE = new Dimension(390, 844);

    @Test
    @DisplayName("R-MENU-1 the menu's items stand three to a row with one top and height, titles break between words, the e-mail note only beside its button")
    void menu() {
        for (String locale : List.of("ja", "en")) {
            ContractWithUser contract = contractWithUser("layout-menu-" + locale, locale);
            signIn(locale);
            Layout.assertTitleWhole(driver, "settings login " + locale);
            submitLogin(contract.contractor());
            for (String group : List.of("credentials", "authentication", "contract")) {
                List<WebElement> items = driver.driver().findElements(By.cssSelector("#mdrive-settings-group-" + group + " .mdrive-settings-item"));
                assertEquals(3, items.size(), group);
                Layout.assertOneRow(items, "menu " + group + " " + locale);
            }
            assertTrue(driver.findElement(By.id("mdrive-settings-email-note")).isDisplayed(), "the contractor has the button the note explains");
            Layout.assertTitleWhole(driver, "menu " + locale);
            Screenshots.save(driver, getClass(), "menu-" + locale);
            onPhone(() -> {
                Layout.assertTitleWhole(driver, "menu on a phone " + locale);
                Screenshots.save(driver, getClass(), "menu-phone-" + locale);
            });

            signIn(locale);
            submitLogin(contract.user());
            assertEquals(List.of(), Elements.now(driver, By.id("mdrive-settings-open-email")));
            assertEquals(List.of(), Elements.now(driver, By.id("mdrive-settings-email-note")),
                    "no note about a button the user does not have");
        }
    }

    @Test
    @DisplayName("R-MENU-1 confirmation pages answer with キャンセル | 設定 side by side, notes clear of the buttons, the new-address field labelled")
    void confirmationPages() {
        for (String locale : List.of("ja", "en")) {
            ContractWithUser contract = contractWithUser("layout-confirm-" + locale, locale);
            signIn(locale);
            submitLogin(contract.contractor());

            click("mdrive-settings-open-two-step");
            driver.findElement(By.id("mdrive-2sv-true")).click();
            click("mdrive-settings-submit");
            assertConfirmation(locale, "ja".equals(locale) ? "設定" : "Set", "two-step-confirm-" + locale);
            click("mdrive-settings-back");
            click("mdrive-settings-to-menu");

            click("mdrive-settings-open-contract");
            Map.of("name", "山田 太郎", "company", "株式会社エムドライブ", "address", "東京都千代田区1-1", "phone", "03-1234-5678")
                    .forEach(this::type);
            click("mdrive-settings-submit");
            assertConfirmation(locale, "ja".equals(locale) ? "変更" : "Change", "contract-confirm-" + locale);
            click("mdrive-settings-back");
            click("mdrive-settings-to-menu");

            click("mdrive-settings-open-members");
            List<WebElement> addresses = driver.driver().findElements(By.cssSelector(".mdrive-members input[type=email]"));
            assertFalse(addresses.isEmpty());
            for (WebElement address : addresses) {
                WebElement label = driver.findElement(By.cssSelector("label[for='" + address.getAttribute("id") + "']"));
                assertTrue(label.isDisplayed() && !label.getText().isBlank(), "the new-address field has a visible label");
                assertTrue(Layout.gapBelow(label, address) >= 0, "the label stands above its field");
            }
            Layout.assertTitleWhole(driver, "members " + locale);
            Screenshots.save(driver, getClass(), "members-" + locale);
        }
    }

    @Test
    @DisplayName("R-2SV-1 R-LOCK-4 R-LINE-4 no address box on 2-step, reset, done and refusal pages; hints next to their fields")
    void pagesAfterTheAddress() {
        for (String locale : List.of("ja", "en")) {
            String email = "layout-2sv-" + locale + "-" + System.nanoTime() + "@demo.m-drive.example";
            Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), DemoUsers.create(realm, email, locale));
            loginPage.openFresh(realm.getBaseUrl(), LANGUAGE.get(locale));
            loginPage.logIn(email, DemoRealm.PASSWORD);
            driver.waiting().until(d -> d.findElement(By.id("mdrive-2sv-phone-form")));
            checkPageAfterTheAddress("2sv-phone-" + locale);
            int hintGap = Layout.gapBelow(driver.findElement(By.id("phone")), driver.findElement(By.cssSelector(".mdrive-hint")));
            assertTrue(hintGap >= 0 && hintGap <= 12, "the phone hint sits " + hintGap + " px under its field");

            click("mdrive-2sv-use-app");
            checkPageAfterTheAddress("2sv-authenticator-" + locale);
            int keyGap = Layout.gapBelow(driver.findElement(By.id("mdrive-2sv-secret")), driver.findElement(By.cssSelector("label[for=code]")));
            assertTrue(keyGap >= 16, "the setup key is " + keyGap + " px above 6桁のパスワード");

            String resetEmail = "layout-reset-" + locale + "-" + System.nanoTime() + "@demo.m-drive.example";
            DemoUsers.create(realm, resetEmail, locale);
            loginPage.openFresh(realm.getBaseUrl(), LANGUAGE.get(locale));
            driver.findElement(By.id("username")).sendKeys(resetEmail);
            NextPage.after(driver, () -> loginPage.element("mdrive-forgot-password").click());
            String request = driver.findElement(By.tagName("body")).getText();
            assertTrue(request.contains("ja".equals(locale) ? "ログイン画面へ戻る" : "Back to the login page"), request);
            assertFalse(request.contains("«"), request);
            Layout.assertTitleWhole(driver, "reset request " + locale);
            NextPage.after(driver, () -> driver.findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click());
            checkPageAfterTheAddress("reset-sent-" + locale);
            MimeMessage resetMail = Mails.awaitTo(mail, resetEmail, 1).get(0);
            driver.open(Mails.link(resetMail));
            driver.waiting().until(d -> d.findElement(By.id("mdrive-reset-password-form")));
            checkPageAfterTheAddress("reset-password-" + locale);
            type("password-new", PasswordResetTest.NEW_PASSWORD);
            type("password-confirm", PasswordResetTest.NEW_PASSWORD);
            click("mdrive-reset-submit");
            driver.waiting().until(d -> d.findElement(By.id("mdrive-done-ok")));
            checkPageAfterTheAddress("reset-done-" + locale);

            Organizations.OwnContract lineOnly = Organizations.withContractor(realm, "layout-line-" + locale,
                    Map.of("mdrive.line-numbers", LineAuthenticationTest.LINE, "mdrive.access-route", "line-only"));
            String lineUser = "layout-line-" + locale + "-" + System.nanoTime() + "@line.m-drive.example";
            Organizations.join(lineOnly.resource(), DemoUsers.create(realm, lineUser, locale));
            loginPage.openFresh(realm.getBaseUrl(), LANGUAGE.get(locale));
            loginPage.logIn(lineUser, DemoRealm.PASSWORD);
            driver.waiting().until(d -> d.findElement(By.id("mdrive-line-refused")));
            checkPageAfterTheAddress("line-refused-" + locale);
            Number overflow = (Number) ((JavascriptExecutor) driver.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "the refusal page is cut off by " + overflow + " px");
        }
    }

    @Test
    @DisplayName("R-PWD-1 Keycloak's update-password page shows the rule and the manual's words; brand and tab title as the manual writes them")
    void keycloakPagesInTheManualsWords() {
        Map<String, List<String>> words = Map.of(
                "ja", List.of("パスワードは英大文字、英小文字、数字、記号から3種類以上を含め8文字以上で設定してください",
                        "新しいパスワード (確認用)", "他のデバイスからログアウト", "M-Driveにログイン", "サインイン"),
                "en", List.of("Use at least 8 characters with at least 3 of",
                        "New password (confirmation)", "Log out from other devices", "Log in to M-Drive", "Sign in"));
        for (String locale : List.of("ja", "en")) {
            List<String> expected = words.get(locale);
            String email = "layout-update-" + locale + "-" + System.nanoTime() + "@demo.m-drive.example";
            String userId = DemoUsers.create(realm, email, locale);
            Organizations.join(Organizations.twoStepOff(realm), userId);
            UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
            user.setRequiredActions(List.of("UPDATE_PASSWORD"));
            realm.admin().users().get(userId).update(user);

            loginPage.openFresh(realm.getBaseUrl(), LANGUAGE.get(locale));
            assertEquals("M-Drive", driver.findElement(By.id("kc-header-wrapper")).getText().strip(), "the brand as the manual writes it");
            assertEquals(expected.get(3), driver.driver().getTitle());
            loginPage.logIn(email, DemoRealm.PASSWORD);
            driver.waiting().until(d -> d.findElement(By.id("kc-passwd-update-form")));
            assertTrue(driver.findElement(By.id("mdrive-password-rule")).getText().strip().startsWith(expected.get(0)),
                    driver.findElement(By.id("mdrive-password-rule")).getText());
            assertEquals(expected.get(1), driver.findElement(By.cssSelector("label[for=password-confirm]")).getText().strip());
            String body = driver.findElement(By.tagName("body")).getText();
            assertTrue(body.contains(expected.get(2)), body);
            assertFalse(body.contains(expected.get(4)), body);
            assertEquals(expected.get(3), driver.driver().getTitle());
            Layout.assertTitleWhole(driver, "update password " + locale);
            Screenshots.save(driver, getClass(), "update-password-" + locale);
        }
    }

    private void assertConfirmation(String locale, String confirmLabel, String shot) {
        WebElement cancel = driver.findElement(By.id("mdrive-settings-back"));
        WebElement confirm = driver.findElement(By.id("mdrive-settings-confirm"));
        assertEquals(confirmLabel, confirm.getText().strip());
        Layout.assertOneRow(List.of(cancel, confirm), shot);
        assertEquals(List.of(), Elements.now(driver, By.id("mdrive-settings-to-menu")), shot + ": only キャンセル and the change");
        Layout.assertNotesClear(driver, shot);
        Layout.assertTitleWhole(driver, shot);
        Screenshots.save(driver, getClass(), shot);
        assertTrue(List.of("キャンセル", "戻る", "Cancel", "Back").contains(cancel.getText().strip()), cancel.getText());
    }

    private void checkPageAfterTheAddress(String shot) {
        Layout.assertNoUsernameBox(driver, shot);
        Layout.assertNotesClear(driver, shot);
        Layout.assertTitleWhole(driver, shot);
        Screenshots.save(driver, getClass(), shot);
    }

    /** Runs the checks in a phone-sized window, where titles have the least room. */
    private void onPhone(Runnable checks) {
        Dimension before = driver.driver().manage().window().getSize();
        driver.driver().manage().window().setSize(PHONE);
        try {
            checks.run();
        } finally {
            driver.driver().manage().window().setSize(before);
        }
    }

    private record ContractWithUser(String contractor, String user) {
    }

    /** A basic contract of its own without 2SV, its contractor speaking that language, and one user. */
    private ContractWithUser contractWithUser(String name, String locale) {
        Organizations.OwnContract contract = Organizations.withContractor(realm, name, Map.of("mdrive.two-step-verification", "false"));
        UserRepresentation contractor = realm.admin().users().get(contract.contractorId()).toRepresentation();
        contractor.getAttributes().put("locale", List.of(locale));
        realm.admin().users().get(contract.contractorId()).update(contractor);
        String user = "user-" + contract.alias() + "@demo.m-drive.example";
        Organizations.join(contract.resource(), DemoUsers.create(realm, user, locale));
        return new ContractWithUser(contract.contractor(), user);
    }

    /** The settings login as a visitor without cookies. */
    private void signIn(String locale) {
        driver.open(realm.getBaseUrl() + "/.well-known/openid-configuration");
        driver.driver().manage().deleteAllCookies();
        driver.open(realm.getBaseUrl() + "/mdrive/settings?kc_locale=" + locale);
        driver.waiting().until(d -> d.findElement(By.id("kc-form-login")));
    }

    private void submitLogin(String email) {
        type("username", email);
        type("password", DemoRealm.PASSWORD);
        click("kc-login");
        driver.waiting().until(d -> d.findElement(By.id("mdrive-settings-menu")));
    }

    private void click(String id) {
        NextPage.after(driver, () -> driver.findElement(By.id(id)).click());
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }
}
