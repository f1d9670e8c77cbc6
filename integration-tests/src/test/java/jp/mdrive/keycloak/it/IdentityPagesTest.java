package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import jp.mdrive.keycloak.it.pages.NextPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * R-ID-1 … R-ID-4 in Chromium, Japanese and English: every page of an invitation, a login-method
 * change and an e-mail change, and every mail, saved under target/screenshots/IdentityPagesTest/.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class IdentityPagesTest extends MailBrowserBase {

    private static final String NEW_PASSWORD = "Pages-Pass2";

    @Test
    @DisplayName("R-ID-1 R-ID-4 invitation, login-method and e-mail change pages and mails in Japanese")
    void japanese() {
        walkThrough("ja", Map.of("title", "利用者ログイン登録", "confirm", "申込確認", "done", "申込完了",
                "method", "ログイン方法の設定", "password", "メールアドレス・パスワード認証の設定", "email", "メールアドレス変更確認",
                "connectionId", "接続ID確認", "invitationMail", "【M-Drive】利用者登録のご案内",
                "methodMail", "【M-Drive】ログイン方法の設定変更", "emailMail", "【M-Drive】メールアドレス変更登録"));
    }

    @Test
    @DisplayName("R-ID-1 R-ID-4 invitation, login-method and e-mail change pages and mails in English")
    void english() {
        walkThrough("en", Map.of("title", "User login registration", "confirm", "Confirm your registration", "done", "Registration complete",
                "method", "Login method settings", "password", "E-mail address and password login settings",
                "email", "E-mail address change confirmation", "connectionId", "Connection ID confirmation",
                "invitationMail", "[M-Drive] User registration", "methodMail", "[M-Drive] Login method change",
                "emailMail", "[M-Drive] E-mail address change"));
    }

    /** The realm's own providers, switched on while the pages are shown (the export ships them off, without keys). */
    private void walkThrough(String locale, Map<String, String> expected) {
        Brokers.ALIASES.forEach(alias -> enable(alias, true));
        try {
            walkThroughWithProviders(locale, expected);
        } finally {
            Brokers.ALIASES.forEach(alias -> enable(alias, false));
        }
    }

    private void enable(String alias, boolean enabled) {
        IdentityProviderRepresentation idp = realm.admin().identityProviders().get(alias).toRepresentation();
        idp.setEnabled(enabled);
        realm.admin().identityProviders().get(alias).update(idp);
    }

    private void walkThroughWithProviders(String locale, Map<String, String> expected) {
        Map<String, String> settings = new HashMap<>();
        settings.put("mdrive.two-step-verification", "false");
        String connectionId = "adfs-" + locale.toUpperCase() + "PAGES00000000001";
        settings.put("mdrive.ad.connection-id", connectionId);
        // the contract's ADFS, so that AD is offered; these pages never sign in there
        Brokers.registerOidc(realm, realm, connectionId);
        Organizations.OwnContract contract = Organizations.withContractor(realm, "pages-" + locale, settings);
        BearerClient api = new BearerClient(realm);
        String token = api.token(contract.contractor(), DemoRealm.PASSWORD);
        String email = "pages-" + locale + "-" + System.nanoTime() + "@lifecycle.example";

        BearerClient.Answer invited = api.post("/mdrive/contracts/" + contract.alias() + "/invitations", token,
                "{\"email\":\"" + email + "\",\"lastName\":\"招待\",\"firstName\":\"花子\",\"locale\":\"" + locale + "\"}");
        assertEquals(201, invited.status(), invited.body());
        String userId = (String) invited.json().get("id");
        openMail(email, 1, expected.get("invitationMail"), "mail-invitation-" + locale);
        shows(expected.get("title"), "invitation-" + locale);
        click("mdrive-setup-ad");
        shows(expected.get("connectionId"), "invitation-connection-id-" + locale);
        click("mdrive-setup-back");
        typePassword(NEW_PASSWORD);
        click("mdrive-setup-password");
        shows(expected.get("confirm"), "invitation-confirm-" + locale);
        click("mdrive-setup-confirm");
        shows(expected.get("done"), "invitation-done-" + locale);

        String path = "/mdrive/contracts/" + contract.alias() + "/members/" + userId + "/change-link";
        assertEquals(202, api.post(path, token, "{\"change\":\"login-method\"}").status());
        openMail(email, 2, expected.get("methodMail"), "mail-method-change-" + locale);
        shows(expected.get("method"), "method-change-" + locale);
        click("mdrive-setup-password");
        shows(expected.get("password"), "method-change-password-" + locale);
        typePassword(NEW_PASSWORD + "x");
        click("mdrive-setup-submit");
        shows(expected.get("method"), "method-change-done-" + locale);

        String newAddress = "moved-" + email;
        assertEquals(202, api.post(path, token, "{\"change\":\"email\",\"email\":\"" + newAddress + "\"}").status());
        openMail(newAddress, 1, expected.get("emailMail"), "mail-email-change-" + locale);
        shows(expected.get("email"), "email-change-" + locale);
        typePassword(NEW_PASSWORD);
        click("mdrive-setup-submit");
        shows(expected.get("email"), "email-change-done-" + locale);
        assertEquals(newAddress, realm.admin().users().get(userId).toRepresentation().getEmail());
        // to the old address; the change link to "moved-" + that address matches it too
        String changedSubject = "ja".equals(locale) ? "【M-Drive】メールアドレス変更のお知らせ" : "[M-Drive] Your e-mail address was changed";
        MimeMessage changedMail = Mails.awaitTo(mail, email, 4).stream().filter(m -> changedSubject.equals(Mails.subject(m)))
                .findFirst().orElseThrow(() -> new AssertionError("no 「" + changedSubject + "」 to " + email));
        Screenshots.mail(driver, getClass(), "mail-email-changed-" + locale, changedMail);
    }

    /** Opens the link of the count-th mail to the address, which has that subject, once its screenshot is saved. */
    private void openMail(String address, int count, String subject, String screenshot) {
        MimeMessage message = Mails.numbered(mail, address, count, subject);
        Screenshots.mail(driver, getClass(), screenshot, message);
        driver.driver().get(Mails.link(message));
    }

    /** The page with that title is shown; its screenshot is saved under that name. */
    private void shows(String title, String screenshot) {
        assertTitle(title);
        Screenshots.save(driver, getClass(), screenshot);
    }

    private void assertTitle(String title) {
        driver.waiting().until(d -> d.findElement(By.id("kc-page-title")).getText().strip().equals(title));
    }

    private void click(String id) {
        NextPage.after(driver, () -> driver.findElement(By.id(id)).click());
    }

    /** The new password, typed twice. */
    private void typePassword(String password) {
        for (String id : new String[] {"password-new", "password-confirm"}) {
            driver.findElement(By.id(id)).clear();
            driver.findElement(By.id(id)).sendKeys(password);
        }
    }
}
