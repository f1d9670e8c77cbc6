package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * R-LINE-5 on the real server, through HTTP as a browser sends the form (and as no browser does):
 * 回線認証設定 of manual 4.2 adds, corrects and removes line numbers and sets the route, by the rules
 * the API applies, for the contractor and the contract admins only.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LineNumbersPageTest {

    private static final String FORM = "mdrive-settings-lines-form";
    private static final String CAF = "CAF1234567890";
    private static final String COP = "COP1234ABCD";
    private static final String RULE_JA = "CAFと英数字10桁（13文字）、またはCOPと英数字8桁（11文字）で入力してください。";

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    /** The page as a signed-in viewer has it open. */
    private record Lines(BrowserFlowClient browser, BrowserFlowClient.Page page) {

        /** 保存 with the route and the line fields in page order; {@code removed} are the places ticked 削除. */
        Lines save(String route, List<String> lines, List<String> removed) {
            List<String> fields = new ArrayList<>();
            if (route != null) {
                fields.add("route=" + encode(route));
            }
            lines.forEach(line -> fields.add("line=" + encode(line)));
            removed.forEach(place -> fields.add("remove=" + encode(place)));
            fields.add("save=true");
            return saveEncoded(String.join("&", fields));
        }

        Lines save(String route, String... lines) {
            return save(route, List.of(lines), List.of());
        }

        Lines saveEncoded(String form) {
            return new Lines(browser, browser.postEncoded(page.formAction(FORM), form));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Organizations.OwnContract contract(String name, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("mdrive.two-step-verification", "false");
        return Organizations.withContractor(realm, name, all);
    }

    private String member(Organizations.OwnContract contract, String name, String locale, boolean admin) {
        String email = name + "-" + contract.alias() + "@demo.m-drive.example";
        String id = DemoUsers.create(realm, email, locale);
        Organizations.join(contract.resource(), id);
        if (admin) {
            admins(contract, List.of(id));
        }
        return email;
    }

    private void admins(Organizations.OwnContract contract, List<String> ids) {
        OrganizationRepresentation organization = contract.resource().toRepresentation();
        organization.getAttributes().put("mdrive.admins", ids);
        contract.resource().update(organization).close();
    }

    private BrowserFlowClient.Page menu(BrowserFlowClient browser, String email) {
        BrowserFlowClient.Page menu = SettingsMenu.signIn(browser, email, DemoRealm.PASSWORD);
        assertTrue(menu.has(SettingsMenu.MENU), menu.status() + " " + menu.body());
        return menu;
    }

    private Lines open(String email) {
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = SettingsMenu.open(browser, menu(browser, email), "lines");
        assertEquals(200, page.status(), page.body());
        return new Lines(browser, page);
    }

    private Map<String, List<String>> attributes(Organizations.OwnContract contract) {
        return contract.resource().toRepresentation().getAttributes();
    }

    private List<String> lines(Organizations.OwnContract contract) {
        return attributes(contract).getOrDefault("mdrive.line-numbers", List.of());
    }

    private String route(Organizations.OwnContract contract) {
        return attributes(contract).getOrDefault("mdrive.access-route", List.of("line+internet")).get(0);
    }

    private static void assertSaved(Lines saved, int count) {
        assertEquals(200, saved.page().status(), saved.page().body());
        assertTrue(saved.page().says("回線認証設定を保存しました。（登録済みの回線番号: " + count + "件）"), saved.page().body());
    }

    @Test
    @DisplayName("R-LINE-5 the contractor adds, corrects and removes line numbers on 回線認証設定; the API shows what the page stored")
    void addCorrectRemove() {
        Organizations.OwnContract contract = contract("lines-page", Map.of());
        Lines page = open(contract.contractor());
        assertEquals("回線認証設定", page.page().text("kc-page-title"));
        assertEquals("①アクセス経路選択", page.page().text("mdrive-lines-route-heading"));
        assertEquals("②回線番号登録", page.page().text("mdrive-lines-numbers-heading"));
        assertEquals("保存", page.page().text("mdrive-settings-submit"));
        assertTrue(page.page().has("mdrive-lines-none"));
        assertTrue(page.page().body().contains("id=\"mdrive-route-line-internet\" name=\"route\" value=\"line+internet\" checked"));

        Lines added = page.save("line+internet", " caf1234567890 ");
        assertSaved(added, 1);
        assertEquals(List.of(CAF), lines(contract), "trimmed and upper-cased as the API does");
        assertEquals(CAF, added.page().attribute("mdrive-line-0", "value"), "shown as stored");

        Lines second = added.save("line+internet", CAF, " ｃｏｐ１２３４ａｂｃｄ ");
        assertSaved(second, 2);
        assertEquals(List.of(CAF, COP), lines(contract), "full-width folded");

        Lines corrected = second.save("line+internet", "CAF1234567899", COP, "");
        assertSaved(corrected, 2);
        assertEquals(List.of("CAF1234567899", COP), lines(contract));

        Lines removed = corrected.save("line+internet", List.of("CAF1234567899", COP, ""), List.of("0"));
        assertSaved(removed, 1);
        assertEquals(List.of(COP), lines(contract));
        assertFalse(removed.page().has("mdrive-line-1"), "one row left, and the empty one to add");

        BearerClient api = new BearerClient(realm);
        String token = api.token(contract.contractor(), DemoRealm.PASSWORD);
        assertEquals(List.of(COP), api.get("/mdrive/contracts/" + contract.alias(), token).json().get("lineNumbers"));

        EventRepresentation event = Events.of(realm, contract.contractorId(), "UPDATE_PROFILE").get(0);
        assertEquals("lines", event.getDetails().get("mdrive_settings"));
        assertEquals("1", event.getDetails().get("mdrive_line_count"));
        assertEquals("line+internet", event.getDetails().get("mdrive_access_route"));
    }

    @Test
    @DisplayName("R-LINE-5 R-LINE-1 the route page counts the lines and opens 回線認証設定")
    void fromRoutePage() {
        Organizations.OwnContract contract = contract("lines-from-route", Map.of("mdrive.line-numbers", CAF));
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page route = SettingsMenu.open(browser, menu(browser, contract.contractor()), "access-route");
        assertTrue(route.says("登録済みの回線番号: 1件"), route.body());
        BrowserFlowClient.Page lines = browser.post(route.formAction("mdrive-settings-route-form"), Map.of("mdrive_open", "lines"));
        assertEquals("回線認証設定", lines.text("kc-page-title"));
        assertEquals(CAF, lines.attribute("mdrive-line-0", "value"));
    }

    @Test
    @DisplayName("R-LINE-5 R-LINE-4 a contract admin sets line-only with its first line in one save; members then sign in through that line only")
    void adminLineOnly() {
        Organizations.OwnContract contract = contract("lines-admin", Map.of());
        String admin = member(contract, "admin", "ja", true);
        String user = member(contract, "user", "ja", false);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        List<String> items = SettingsMenu.items(menu(browser, admin));
        assertEquals(List.of("password", "members", "lines"), items, "回線認証設定 beside 利用者管理");

        Lines saved = open(admin).save("line-only", "cop1234abcd");
        assertSaved(saved, 1);
        assertEquals("line-only", route(contract));
        assertEquals(List.of(COP), lines(contract));
        assertTrue(saved.page().body().contains("id=\"mdrive-route-line-only\" name=\"route\" value=\"line-only\" checked"));

        assertTrue(new BrowserFlowClient(realm).throughLine(COP).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).loggedIn(),
                "through the line the page registered");
        assertEquals(403, new BrowserFlowClient(realm).throughLine(CAF).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).status(),
                "another line");
        assertEquals(403, new BrowserFlowClient(realm).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).status(), "the internet");

        Lines back = saved.save("line+internet", List.of(COP, ""), List.of("0"));
        assertSaved(back, 0);
        assertEquals("line+internet", route(contract));
        assertEquals(List.of(), lines(contract), "line+internet without its last line, in one save");
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(user, DemoRealm.PASSWORD).loggedIn(), "the internet again");
    }

    @Test
    @DisplayName("R-LINE-5 R-LINE-2 refusals: a bad number shows the CAF/COP message with the page as typed, line-only needs a line, a route is chosen; nothing stored")
    void refusals() {
        Organizations.OwnContract contract = contract("lines-refused", Map.of("mdrive.line-numbers", CAF));
        Lines page = open(contract.contractor());

        Lines bad = page.save("line-only", CAF, "CAF123");
        assertEquals(200, bad.page().status());
        assertTrue(bad.page().says("回線番号「CAF123」は正しくありません。" + RULE_JA), bad.page().body());
        assertEquals("CAF123", bad.page().attribute("mdrive-line-1", "value"), "kept to be corrected");
        assertTrue(bad.page().body().contains("value=\"line-only\" checked"), "the chosen route kept too");
        assertEquals(List.of(CAF), lines(contract));
        assertEquals("line+internet", route(contract), "not even the route of the refused save");

        Lines empty = bad.save("line-only", List.of(CAF, ""), List.of("0"));
        assertTrue(empty.page().says("アクセス経路が「回線認証のみ」の場合は、回線番号を1つ以上登録してください。"), empty.page().body());
        Lines noRoute = empty.save("somewhere", CAF);
        assertTrue(noRoute.page().says("通信経路を選択してください。"), noRoute.page().body());
        Lines missingRoute = noRoute.save(null, CAF);
        assertTrue(missingRoute.page().says("通信経路を選択してください。"), missingRoute.page().body());
        assertEquals(List.of(CAF), lines(contract));
        assertEquals("line+internet", route(contract));

        String admin = member(contract, "admin-en", "en", true);
        Lines english = open(admin).save("line+internet", "COP1");
        assertTrue(english.page().says("is not valid. Enter CAF followed by 10 letters or digits (13 characters), or COP followed by 8 (11 characters)."),
                english.page().body());
        assertEquals(List.of(CAF), lines(contract));
    }

    @Test
    @DisplayName("R-LINE-5 R-SEC-1 a plain user opening or posting 回線認証設定 gets 403 and changes nothing; a demoted admin's open page is refused too")
    void plainUserRefused() {
        Organizations.OwnContract contract = contract("lines-user", Map.of("mdrive.line-numbers", CAF));
        String user = member(contract, "user", "ja", false);
        String userId = realm.admin().users().searchByEmail(user, true).get(0).getId();
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = menu(browser, user);
        assertFalse(SettingsMenu.items(menu).contains("lines"));

        BrowserFlowClient.Page opened = SettingsMenu.open(browser, menu, "lines");
        assertEquals(403, opened.status());
        assertTrue(opened.says("このメニューはご利用いただけません"));
        BrowserFlowClient.Page posted = browser.postEncoded(opened.formAction(SettingsMenu.MENU),
                "mdrive_open=lines&route=line%2Binternet&line=" + COP + "&save=true");
        assertEquals(403, posted.status(), "the page's own fields with the item named: still refused");
        BrowserFlowClient.Page unnamed = browser.postEncoded(posted.formAction(SettingsMenu.MENU), "route=line%2Binternet&line=" + COP + "&save=true");
        assertTrue(unnamed.has(SettingsMenu.MENU), "without an open page the fields mean nothing: " + unnamed.body());
        assertEquals("mdrive_settings_hidden", Events.errors(realm, userId).get(0).getError());

        String admin = member(contract, "admin", "ja", true);
        Lines page = open(admin);
        admins(contract, List.of());
        Lines demoted = page.save("line+internet", CAF, COP);
        assertEquals(403, demoted.page().status(), "the authority is asked again at 保存: " + demoted.page().body());
        assertEquals(List.of(CAF), lines(contract));
    }

    @Test
    @DisplayName("R-LINE-5 R-SEC-10 hostile input: long values, control characters, broken UTF-8, too many lines, junk 削除 places; a clear message, never a 500, nothing stored")
    void hostileInput() {
        Organizations.OwnContract contract = contract("lines-hostile", Map.of("mdrive.line-numbers", CAF));
        Lines page = open(contract.contractor());

        Lines huge = page.save("line+internet", CAF, "CAF" + "1".repeat(HostileInput.MEGABYTE));
        assertEquals(413, huge.page().status(), "the HTTP layer refuses a megabyte before the page sees it");
        Lines longer = page.save("line+internet", CAF, "CAF" + "1".repeat(1_000));
        assertEquals(200, longer.page().status());
        assertTrue(longer.page().says("回線番号「CAF11111111111111111…」は正しくありません。"), longer.page().body());
        assertFalse(longer.page().says("1".repeat(100)), "the long value is not sent back");

        Lines control = longer.save("line+internet", "CAF\u0000123\u001B\r\nX-Injected: 1");
        assertEquals(200, control.page().status());
        assertTrue(control.page().says("回線番号「CAF?123???X-Injected…」は正しくありません。"), control.page().body());
        assertFalse(control.page().body().contains("\u0000"));

        Lines broken = control.saveEncoded("route=line%2Binternet&line=CAF%FF%FE%C0%AF&save=true");
        assertTrue(broken.page().status() < 500, broken.page().body());
        assertTrue(broken.page().says(RULE_JA), broken.page().body());

        List<String> many = IntStream.range(0, 101).mapToObj(i -> String.format("CAF%010d", i)).toList();
        Lines tooMany = broken.save("line+internet", many, List.of());
        assertTrue(tooMany.page().says("登録できる回線番号は100件までです。"), tooMany.page().body());

        assertEquals(List.of(CAF), lines(contract), "the hostile saves stored nothing");
        assertEquals("line+internet", route(contract));

        Lines junk = tooMany.save("line+internet", List.of(CAF, COP), List.of("-1", "x", "99999999999999999999", ""));
        assertSaved(junk, 2);
        assertEquals(List.of(CAF, COP), lines(contract), "junk places remove nothing");
    }
}
