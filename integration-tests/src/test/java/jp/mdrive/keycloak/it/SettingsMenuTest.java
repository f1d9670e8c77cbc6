package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * R-MENU-1, R-PWD-2 and the settings pages on the real server, through HTTP as a browser sends it:
 * the visibility table by plan and role, the server's refusal of hidden items, and each page's
 * happy path and refusals.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class SettingsMenuTest extends MailBase {

    private static final String NEW_PASSWORD = "Settings-Pass2";

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    private Organizations.OwnContract contract(String name, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.putIfAbsent("mdrive.two-step-verification", "false");
        return Organizations.withContractor(realm, name, all);
    }

    private Organizations.OwnContract trial(String name, LocalDate startedOn) {
        return contract(name, Map.of("mdrive.plan", "trial", "mdrive.trial.started-on", startedOn.toString()));
    }

    /** A member of the contract; an admin of it when asked. */
    private String member(Organizations.OwnContract contract, String name, boolean admin) {
        String email = name + "-" + contract.alias() + "@demo.m-drive.example";
        String id = DemoUsers.create(realm, email, "ja");
        Organizations.join(contract.resource(), id);
        if (admin) {
            OrganizationRepresentation organization = contract.resource().toRepresentation();
            organization.getAttributes().put("mdrive.admins", List.of(id));
            contract.resource().update(organization).close();
        }
        return email;
    }

    private record Menu(BrowserFlowClient browser, BrowserFlowClient.Page page) {
        Menu open(String item) {
            return new Menu(browser, SettingsMenu.open(browser, page, item));
        }

        Menu submit(String form, Map<String, String> fields) {
            return new Menu(browser, SettingsMenu.submit(browser, page, form, fields));
        }
    }

    private Menu signIn(String email) {
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(browser, email, DemoRealm.PASSWORD);
        assertTrue(menu.has(SettingsMenu.MENU), menu.status() + " " + menu.body());
        return new Menu(browser, menu);
    }

    private Map<String, List<String>> attributes(Organizations.OwnContract contract) {
        return contract.resource().toRepresentation().getAttributes();
    }

    @Test
    @DisplayName("R-MENU-1 the visibility table: basic contractor, basic others, trial contractor, trial others, and the password-user rule")
    void visibilityTable() {
        Organizations.OwnContract basic = contract("menu-basic", Map.of());
        assertEquals(List.of("login-method", "email", "password", "access-route", "two-step", "active-directory",
                "contract", "plan", "cancellation", "members", "lines"), SettingsMenu.items(signIn(basic.contractor()).page()));
        assertEquals(List.of("password", "members", "lines"), SettingsMenu.items(signIn(member(basic, "admin", true)).page()),
                "a basic admin: password, and the users and line pages of the contract's admins");
        assertEquals(List.of("password"), SettingsMenu.items(signIn(member(basic, "user", false)).page()));

        Organizations.OwnContract trial = trial("menu-trial", today().minusDays(3));
        assertEquals(List.of("password", "access-route", "two-step", "active-directory", "plan", "members", "lines"),
                SettingsMenu.items(signIn(trial.contractor()).page()));
        assertEquals(List.of("password"), SettingsMenu.items(signIn(member(trial, "user", false)).page()));

        Organizations.OwnContract late = trial("menu-late", today().minusDays(30 + 15));
        BrowserFlowClient.Page closed = SettingsMenu.signIn(new BrowserFlowClient(realm), late.contractor(), DemoRealm.PASSWORD);
        assertTrue(closed.has("mdrive-trial-ended") && !closed.has(SettingsMenu.MENU),
                "plan change ends 15 days after the trial, and with it the contractor's way into the menu (R-PLAN-1)");
        Organizations.OwnContract grace = trial("menu-grace", today().minusDays(30 + 14));
        assertTrue(SettingsMenu.items(signIn(grace.contractor()).page()).contains("plan"), "the 15th day still counts");

        Organizations.OwnContract federated = contract("menu-federated", Map.of());
        DemoUsers.setLoginMethod(realm, federated.contractorId(), "password");
        Menu contractorMenu = signIn(federated.contractor());
        DemoUsers.setLoginMethod(realm, federated.contractorId(), "google");
        Menu reopened = contractorMenu.submit(SettingsMenu.MENU, Map.of("mdrive_menu", "true"));
        assertFalse(SettingsMenu.items(reopened.page()).contains("password"), "password change is for password users only");
    }

    @Test
    @DisplayName("R-MENU-1 direct calls, all four columns: every item the table hides is refused with 403, every item it shows opens")
    void directCalls() {
        Organizations.OwnContract basic = contract("menu-direct", Map.of());
        Organizations.OwnContract trial = trial("menu-direct-trial", today());
        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put(basic.contractor(), SettingsMenu.ALL_ITEMS);
        shown.put(member(basic, "user", false), List.of("password"));
        shown.put(trial.contractor(), List.of("password", "access-route", "two-step", "active-directory", "plan", "lines"));
        shown.put(member(trial, "user", false), List.of("password"));
        shown.forEach((email, visible) -> {
            Menu menu = signIn(email);
            for (String item : SettingsMenu.ALL_ITEMS) {
                if (item.equals("login-method")) {
                    // it leaves the menu for the login-method pages: checked on its own below
                    continue;
                }
                Menu opened = menu.open(item);
                if (visible.contains(item)) {
                    assertEquals(200, opened.page().status(), email + " " + item);
                    menu = opened.submit("mdrive-settings-menu-form", Map.of("mdrive_menu", "true"));
                } else {
                    assertEquals(403, opened.page().status(), email + " " + item);
                    assertTrue(opened.page().says("このメニューはご利用いただけません"), item);
                    menu = opened;
                }
            }
            Menu method = menu.open("login-method");
            assertEquals(visible.contains("login-method") ? 303 : 403, method.page().status(), email + " login-method");
        });
        assertEquals(List.of("false"), attributes(trial).get("mdrive.two-step-verification"),
                "opening pages changed nothing");
        assertTrue(attributes(basic).get("mdrive.cancelled-on") == null, "nor did a refused cancellation");
    }

    @Test
    @DisplayName("R-PWD-2 password change: current, new, new again under the policy; done page back to the menu")
    void passwordChange() {
        Organizations.OwnContract basic = contract("menu-password", Map.of());
        String email = member(basic, "pw", false);
        Menu page = signIn(email).open("password");
        assertEquals("パスワード変更", page.page().text("kc-page-title"));

        Menu wrong = page.submit("mdrive-settings-password-form", Map.of("password", "Wrong-Pass1", "password-new", NEW_PASSWORD,
                "password-confirm", NEW_PASSWORD));
        assertTrue(wrong.page().says("現在のパスワードが正しくありません。"), wrong.page().body());
        Menu mismatch = wrong.submit("mdrive-settings-password-form", Map.of("password", DemoRealm.PASSWORD, "password-new", NEW_PASSWORD,
                "password-confirm", NEW_PASSWORD + "x"));
        assertTrue(mismatch.page().has("mdrive-settings-password-form"));
        Menu weak = mismatch.submit("mdrive-settings-password-form", Map.of("password", DemoRealm.PASSWORD, "password-new", "abcdefgh1",
                "password-confirm", "abcdefgh1"));
        assertTrue(weak.page().says("3種類以上を含めてください"), weak.page().body());
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).loggedIn(), "unchanged so far");

        Menu done = weak.submit("mdrive-settings-password-form", Map.of("password", DemoRealm.PASSWORD, "password-new", NEW_PASSWORD,
                "password-confirm", NEW_PASSWORD));
        assertEquals("パスワード変更", done.page().text("kc-page-title"));
        assertEquals("認証・契約者情報メニューへ", done.page().text("mdrive-settings-to-menu"));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, NEW_PASSWORD).loggedIn());
        Menu back = done.submit("mdrive-settings-menu-form", Map.of("mdrive_menu", "true"));
        assertTrue(back.page().has(SettingsMenu.MENU));
    }

    @Test
    @DisplayName("R-PWD-2 R-LOCK-1 wrong current passwords on the password change page count toward the lockout")
    void passwordChangeCountsTowardLockout() {
        Organizations.OwnContract basic = contract("menu-lock", Map.of());
        String email = member(basic, "lock", false);
        Menu page = signIn(email).open("password");
        for (int i = 0; i < 10; i++) {
            page = page.submit("mdrive-settings-password-form", Map.of("password", "Wrong-Pass" + i, "password-new", NEW_PASSWORD,
                    "password-confirm", NEW_PASSWORD));
        }
        assertTrue(page.page().says("アカウントがロックされています"), page.page().body());
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).passedPassword());
    }

    @Test
    @DisplayName("R-LOCK-1 the password change page has no threshold of its own: at 3 on the login flow its third wrong password locks")
    void passwordChangeReadsLoginFlowThreshold() {
        Organizations.OwnContract basic = contract("menu-lock-three", Map.of());
        String email = member(basic, "lock", false);
        LockoutSetting.withThreshold(realm, 3, () -> {
            Menu page = signIn(email).open("password");
            Map<String, String> wrong = Map.of("password", "Wrong-Pass9", "password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD);
            for (int i = 0; i < 2; i++) {
                page = page.submit("mdrive-settings-password-form", wrong);
                assertFalse(page.page().says("アカウントがロックされています"), page.page().body());
            }
            page = page.submit("mdrive-settings-password-form", wrong);
            assertTrue(page.page().says("アカウントがロックされています"), "the third locks: " + page.page().body());
            assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).passedPassword());
        });
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, NEW_PASSWORD).passedPassword(),
                "the password was not changed");
    }

    @Test
    @DisplayName("R-LINE-1 access route: line-only needs a line; the change is confirmed, then done")
    void accessRoute() {
        Organizations.OwnContract none = contract("menu-route-none", Map.of());
        Menu noLines = signIn(none.contractor()).open("access-route")
                .submit("mdrive-settings-route-form", Map.of("route", "line-only"))
                .submit("mdrive-settings-route-form", Map.of("confirm", "true"));
        assertTrue(noLines.page().has("mdrive-settings-route-form"), noLines.page().body());
        assertEquals("line+internet", attributes(none).getOrDefault("mdrive.access-route", List.of("line+internet")).get(0));

        Organizations.OwnContract lines = contract("menu-route", Map.of("mdrive.line-numbers", "CAF1234567890"));
        Menu form = signIn(lines.contractor()).open("access-route");
        assertEquals("アクセス経路設定", form.page().text("kc-page-title"));
        Menu confirm = form.submit("mdrive-settings-route-form", Map.of("route", "line-only"));
        assertEquals("アクセス経路変更確認", confirm.page().text("kc-page-title"));
        assertEquals("回線認証のみ", confirm.page().text("mdrive-settings-new"));
        Menu done = confirm.submit("mdrive-settings-route-form", Map.of("confirm", "true"));
        assertTrue(done.page().says("アクセス経路の設定変更が完了しました。"), done.page().body());
        assertEquals(List.of("line-only"), attributes(lines).get("mdrive.access-route"));
    }

    @Test
    @DisplayName("R-2SV-7 2SV setting: the confirmation needs 上記の説明を確認しました。; line-only shows it off and unchangeable")
    void twoStepSetting() {
        Organizations.OwnContract basic = contract("menu-2sv", Map.of());
        Menu form = signIn(basic.contractor()).open("two-step");
        Menu confirm = form.submit("mdrive-settings-2sv-form", Map.of("enabled", "true"));
        assertEquals("設定確認", confirm.page().text("kc-page-title"));
        assertEquals("2段階認証を無効にする", confirm.page().text("mdrive-settings-current"));
        assertEquals("2段階認証を有効にする", confirm.page().text("mdrive-settings-new"));
        Menu unticked = confirm.submit("mdrive-settings-2sv-form", Map.of("confirm", "true"));
        assertTrue(unticked.page().says("にチェックをしてください"), unticked.page().body());
        assertEquals(List.of("false"), attributes(basic).get("mdrive.two-step-verification"));
        Menu done = unticked.submit("mdrive-settings-2sv-form", Map.of("confirm", "true", "understood", "on"));
        assertTrue(done.page().says("2段階認証を有効にしました。"), done.page().body());
        assertEquals(List.of("true"), attributes(basic).get("mdrive.two-step-verification"));

        Organizations.OwnContract lineOnly = contract("menu-2sv-line", Map.of("mdrive.line-numbers", "CAF1234567890",
                "mdrive.access-route", "line-only", "mdrive.two-step-verification", "true"));
        BrowserFlowClient browser = new BrowserFlowClient(realm).throughLine("CAF1234567890");
        BrowserFlowClient.Page menu = SettingsMenu.signIn(browser, lineOnly.contractor(), DemoRealm.PASSWORD);
        Menu shown = new Menu(browser, menu).open("two-step");
        assertTrue(shown.page().body().contains("id=\"mdrive-2sv-false\" name=\"enabled\" value=\"false\" checked"), "shown as off");
        assertFalse(shown.page().has("mdrive-settings-submit"), "no button to change it");
        Menu forced = shown.submit("mdrive-settings-2sv-form", Map.of("enabled", "true"));
        assertTrue(forced.page().says("回線認証のみ"), forced.page().body());
        assertEquals(List.of("true"), attributes(lineOnly).get("mdrive.two-step-verification"), "the stored switch is untouched");
    }

    @Test
    @DisplayName("Plan change: a trial becomes basic after a confirmation; then the cancellation item appears")
    void planChange() {
        Organizations.OwnContract trial = trial("menu-plan", today().minusDays(10));
        Menu form = signIn(trial.contractor()).open("plan");
        assertEquals("無料トライアル", form.page().text("mdrive-settings-plan"));
        Menu confirm = form.submit("mdrive-settings-plan-form", Map.of("submit", "true"));
        assertEquals("プラン変更確認", confirm.page().text("kc-page-title"));
        Menu done = confirm.submit("mdrive-settings-plan-form", Map.of("confirm", "true"));
        assertTrue(done.page().says("基本プランへの変更が完了しました。"), done.page().body());
        assertEquals(List.of("basic"), attributes(trial).get("mdrive.plan"));
        Menu menu = done.submit("mdrive-settings-menu-form", Map.of("mdrive_menu", "true"));
        assertTrue(SettingsMenu.items(menu.page()).contains("cancellation"));
    }

    @Test
    @DisplayName("Cancellation: confirmed with the tick, the basic contract is cancelled and every member disabled")
    void cancellation() {
        Organizations.OwnContract basic = contract("menu-cancel", Map.of());
        String user = member(basic, "user", false);
        Menu confirm = signIn(basic.contractor()).open("cancellation").submit("mdrive-settings-cancellation-form", Map.of("submit", "true"));
        assertEquals("解約確認", confirm.page().text("kc-page-title"));
        Menu unticked = confirm.submit("mdrive-settings-cancellation-form", Map.of("confirm", "true"));
        assertTrue(unticked.page().says("確認のチェックをしてください。"));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).loggedIn(), "nothing yet");
        Menu done = unticked.submit("mdrive-settings-cancellation-form", Map.of("confirm", "true", "understood", "on"));
        assertTrue(done.page().says("解約の手続きが完了しました。"), done.page().body());
        assertEquals(List.of(today().toString()), attributes(basic).get("mdrive.cancelled-on"));
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).passedPassword());
    }

    @Test
    @DisplayName("Contract details: name, company, address and phone are checked, confirmed and stored on the contract")
    void contractInfo() {
        Organizations.OwnContract basic = contract("menu-contract", Map.of());
        Menu form = signIn(basic.contractor()).open("contract");
        Menu badPhone = form.submit("mdrive-settings-contract-form", Map.of("name", "山田 太郎", "company", "株式会社エムドライブ",
                "address", "東京都千代田区1-1", "phone", "call me"));
        assertTrue(badPhone.page().says("電話番号「call me」の形式が正しくありません"), badPhone.page().body());
        Menu confirm = badPhone.submit("mdrive-settings-contract-form", Map.of("name", "山田 太郎", "company", "株式会社エムドライブ",
                "address", "東京都千代田区1-1", "phone", "03-1234-5678"));
        assertEquals("株式会社エムドライブ", confirm.page().text("mdrive-settings-contract-company"));
        confirm.submit("mdrive-settings-contract-form", Map.of("confirm", "true"));
        Map<String, List<String>> stored = attributes(basic);
        assertEquals(List.of("山田 太郎"), stored.get("mdrive.holder.name"));
        assertEquals(List.of("03-1234-5678"), stored.get("mdrive.holder.phone"));
    }

    @Test
    @DisplayName("R-ID-1 R-ID-4 the users page: an admin registers a user (invitation mail) and sends change links, never both")
    void membersPage() {
        Organizations.OwnContract basic = contract("menu-members", Map.of());
        Menu page = signIn(member(basic, "admin", true)).open("members");
        assertEquals("利用者管理", page.page().text("kc-page-title"));
        String invited = "invited-" + basic.alias() + "@demo.m-drive.example";
        Menu registered = page.submit("mdrive-settings-invite-form", Map.of("mdrive_action", "invite", "email", invited,
                "lastName", "招待", "firstName", "花子"));
        assertTrue(registered.page().says(invited + " に利用者登録のご案内を送信しました。"), registered.page().body());
        MimeMessage invitation = Mails.awaitTo(mail, invited, 1).get(0);
        assertEquals(MailSubject.INVITATION.ja, Mails.subject(invitation));

        Menu taken = registered.submit("mdrive-settings-invite-form", Map.of("mdrive_action", "invite", "email", DemoRealm.BASIC_USER,
                "lastName", "a", "firstName", "b"));
        assertTrue(taken.page().says("既に登録されています"), taken.page().body());

        String userId = realm.admin().users().searchByEmail(invited, true).get(0).getId();
        Menu unchanged = taken.submit("mdrive-settings-invite-form", Map.of("mdrive_action", "email-link", "member", userId, "email", invited));
        assertTrue(unchanged.page().says("現在のメールアドレスと同じです"), unchanged.page().body());
        Menu sent = unchanged.submit("mdrive-settings-invite-form", Map.of("mdrive_action", "method-link", "member", userId));
        assertTrue(sent.page().says(invited + " にURLを送信しました。"), sent.page().body());
        assertEquals(MailSubject.LOGIN_METHOD_CHANGE.ja, Mails.subject(Mails.awaitTo(mail, invited, 2).get(1)));
    }

    @Test
    @DisplayName("R-ID-2 R-ID-3 from the menu the contractor opens ログイン方法の設定 and sends the e-mail change mail")
    void contractorIdentityItems() {
        Organizations.OwnContract basic = contract("menu-identity", Map.of());
        Menu menu = signIn(basic.contractor());
        BrowserFlowClient.Page method = menu.browser().follow(SettingsMenu.open(menu.browser(), menu.page(), "login-method"));
        assertEquals("ログイン方法の設定", method.text("kc-page-title"));

        Menu email = signIn(basic.contractor()).open("email");
        assertEquals("メールアドレス変更", email.page().text("kc-page-title"));
        String newAddress = "moved-" + basic.contractor();
        Menu mismatch = email.submit("mdrive-settings-email-form", Map.of("email", newAddress, "email-confirm", "x" + newAddress));
        assertTrue(mismatch.page().says("一致しません"), mismatch.page().body());
        Menu sent = mismatch.submit("mdrive-settings-email-form", Map.of("email", newAddress, "email-confirm", newAddress));
        assertTrue(sent.page().says(newAddress + " 宛にメールを送信しました。"), sent.page().body());
        assertEquals(MailSubject.EMAIL_CHANGE.ja, Mails.subject(Mails.awaitTo(mail, newAddress, 1).get(0)));
    }

    @Test
    @DisplayName("R-MENU-1 R-SEC-3 トップ画面へ ends the settings sign-in on the top page, without a code; other clients never see the menu")
    void topAndOtherClients() {
        String user = member(contract("menu-top", Map.of()), "user", false);
        Menu menu = signIn(user);
        BrowserFlowClient.Page top = SettingsMenu.submit(menu.browser(), menu.page(), SettingsMenu.MENU, Map.of("mdrive_top", "true"));
        assertEquals(303, top.status(), top.body());
        assertTrue(top.location().endsWith("/realms/mdrive/mdrive/settings/top") && !top.location().contains("code="), top.location());
        assertTrue(menu.browser().get(top.location()).location().endsWith("/realms/mdrive/account/"), "then the service's top page");
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).loggedIn(),
                "the service's own client goes on as before, without the menu");
    }
}
