package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * R-SEC-1 to R-SEC-3: the attacks found at the seams between features, each made as an attacker
 * would (raw HTTP, tokens of other clients, hand-built authorization requests), refused with nothing
 * changed, next to the legitimate path that still works.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TrustBoundariesTest extends TimeTravelBase {

    private static final String ATTACKER = "attacker@evil.example";

    /** A basic contract with 2SV off (password sign-ins suffice), its contractor, an admin and a user. */
    private record Team(String alias, OrganizationResource resource, String contractor, String contractorId, String admin,
                        String adminId, String user, String userId) {
    }

    private Team team(String name, Map<String, String> settings) {
        String alias = name + "-" + System.nanoTime();
        String contractor = "contractor-" + alias + "@demo.m-drive.example";
        String admin = "admin-" + alias + "@demo.m-drive.example";
        String user = "user-" + alias + "@demo.m-drive.example";
        String contractorId = DemoUsers.create(realm, contractor, "ja");
        String adminId = DemoUsers.create(realm, admin, "ja");
        String userId = DemoUsers.create(realm, user, "ja");
        Map<String, String> all = new java.util.HashMap<>(Map.of("mdrive.plan", "basic", "mdrive.two-step-verification", "false",
                "mdrive.contractor", contractorId, "mdrive.admins", adminId));
        all.putAll(settings);
        OrganizationResource resource = Organizations.contract(realm, alias, all);
        for (String id : List.of(contractorId, adminId, userId)) {
            Organizations.join(resource, id);
        }
        return new Team(alias, resource, contractor, contractorId, admin, adminId, user, userId);
    }

    private String email(String userId) {
        return realm.admin().users().get(userId).toRepresentation().getEmail();
    }

    private BearerClient.Answer changeLink(BearerClient api, String token, Team team, String memberId, String json) {
        return api.post("/mdrive/contracts/" + team.alias() + "/members/" + memberId + "/change-link", token, json);
    }

    @Test
    @DisplayName("R-SEC-1 attack 1: a contract admin cannot send the contractor an e-mail or login-method change link; to a user he can")
    void adminCannotTakeOverTheContractor() {
        Team team = team("sec1", Map.of());
        BearerClient api = new BearerClient(realm);
        String adminToken = api.token(team.admin(), DemoRealm.PASSWORD);

        BearerClient.Answer email = changeLink(api, adminToken, team, team.contractorId(),
                "{\"change\": \"email\", \"email\": \"" + ATTACKER + "\"}");
        assertEquals(403, email.status(), email.body());
        assertEquals("mdrive.authority.contractorChangesOwn", email.json().get("error"));
        BearerClient.Answer method = changeLink(api, adminToken, team, team.contractorId(), "{\"change\": \"login-method\"}");
        assertEquals(403, method.status(), method.body());
        BearerClient.Answer toAdmin = changeLink(api, adminToken, team, team.adminId(), "{\"change\": \"login-method\"}");
        assertEquals("mdrive.authority.contractorSendsToAdmins", toAdmin.json().get("error"), "admins get links from the contractor only");

        String newAddress = "renamed-" + System.nanoTime() + "@demo.m-drive.example";
        BearerClient.Answer legitimate = changeLink(api, adminToken, team, team.userId(),
                "{\"change\": \"email\", \"email\": \"" + newAddress + "\"}");
        assertEquals(202, legitimate.status(), legitimate.body());
        Mails.awaitTo(mail, newAddress, 1);
        assertTrue(Mails.quietTo(mail, ATTACKER, 0).isEmpty(), "nothing went to the attacker's address");
        assertTrue(Mails.to(mail, team.contractor()).isEmpty(), "nor to the contractor");
        assertEquals(team.contractor(), email(team.contractorId()), "the contractor's address is untouched");

        String contractorToken = api.token(team.contractor(), DemoRealm.PASSWORD);
        assertEquals(202, changeLink(api, contractorToken, team, team.adminId(), "{\"change\": \"login-method\"}").status(),
                "the contractor sends an admin a link");
        Mails.awaitTo(mail, team.admin(), 1);
    }

    @Test
    @DisplayName("R-SEC-1 a plain user of the contract can neither invite nor send links; the contractor-only settings refuse admins")
    void rolesBeyondTheManualRefused() {
        Team team = team("sec1-roles", Map.of());
        BearerClient api = new BearerClient(realm);
        String adminToken = api.token(team.admin(), DemoRealm.PASSWORD);
        String path = "/mdrive/contracts/" + team.alias();
        assertEquals("mdrive.api.contractorOnly",
                api.put(path + "/two-step-verification", adminToken, "{\"enabled\": true}").json().get("error"));
        assertEquals("mdrive.api.contractorOnly", api.post(path + "/cancellation", adminToken, "{\"confirmed\": true}").json().get("error"));
        assertEquals(200, api.put(path + "/access-route", adminToken, "{\"accessRoute\": \"line+internet\"}").status(),
                "routes are the admins' too (manual 4.2)");

        String userToken = api.token(team.user(), DemoRealm.PASSWORD);
        assertEquals(403, api.post(path + "/invitations", userToken,
                "{\"email\": \"x-" + System.nanoTime() + "@demo.m-drive.example\", \"lastName\": \"A\", \"firstName\": \"B\"}").status());
        assertEquals(403, changeLink(api, userToken, team, team.userId(), "{\"change\": \"login-method\"}").status());
        Map<String, List<String>> attributes = team.resource().toRepresentation().getAttributes();
        assertEquals(List.of("false"), attributes.get("mdrive.two-step-verification"), "nothing changed");
        assertTrue(attributes.get("mdrive.cancelled-on") == null);
    }

    @Test
    @DisplayName("R-SEC-2 attack 3: tokens of other clients of the realm drive nothing; the API's own audience does")
    void onlyTheApisTokens() {
        Team team = team("sec2-aud", Map.of());
        BearerClient api = new BearerClient(realm);
        String adminCli = (String) api.passwordGrant(team.contractor(), DemoRealm.PASSWORD).json().get("access_token");
        BrowserFlowClient console = new BrowserFlowClient(realm);
        BrowserFlowClient.Page signedIn = console.openLoginPage("ja").logIn(team.contractor(), DemoRealm.PASSWORD);
        String accountConsole = api.exchange(console, signedIn.code());

        for (String token : List.of(adminCli, accountConsole)) {
            assertEquals(401, api.post("/mdrive/me/login-method-change", token, "").status());
            assertEquals(401, api.post("/mdrive/me/email-change", token,
                    "{\"email\": \"" + ATTACKER + "\", \"emailConfirmation\": \"" + ATTACKER + "\"}").status());
            assertEquals(401, api.get("/mdrive/contracts/" + team.alias(), token).status());
        }

        String own = api.token(team.contractor(), DemoRealm.PASSWORD);
        BearerClient.Answer link = api.post("/mdrive/me/login-method-change", own, "");
        assertEquals(200, link.status(), link.body());
        assertTrue(Mails.quietTo(mail, ATTACKER, 0).isEmpty());
    }

    @Test
    @DisplayName("R-SEC-2 attack 3: an SSO cookie alone never opens the settings menu; the browser is sent to sign in again")
    void ssoCookieDoesNotOpenTheMenu() {
        Team team = team("sec2-sso", Map.of());
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        assertTrue(browser.openLoginPage("ja").logIn(team.contractor(), DemoRealm.PASSWORD).loggedIn(), "signed in to the account console");

        BrowserFlowClient.Page handMade = browser.toSettingsMenu().authorize("ja");
        assertFalse(handMade.has(SettingsMenu.MENU), handMade.body());
        assertEquals(303, handMade.status(), handMade.body());
        assertTrue(handMade.location().endsWith("/realms/mdrive/mdrive/settings"), handMade.location());
        BrowserFlowClient.Page login = browser.follow(handMade);
        assertTrue(login.has("kc-form-login"), "the password is asked: " + login.body());
        BrowserFlowClient.Page menu = browser.post(login.formAction("kc-form-login"),
                Map.of("username", team.contractor(), "password", DemoRealm.PASSWORD, "credentialId", ""));
        assertTrue(menu.has(SettingsMenu.MENU), "with the password, the menu: " + menu.body());
    }

    @Test
    @DisplayName("R-SEC-2 a sign-in older than 10 minutes changes nothing: the API asks for a new one, the menu signs in again")
    void staleSignIn() {
        Team team = team("sec2-stale", Map.of());
        BearerClient api = new BearerClient(realm);
        BrowserFlowClient front = new BrowserFlowClient(realm).toApiClient();
        BrowserFlowClient.Page signedIn = front.openLoginPage("ja").logIn(team.contractor(), DemoRealm.PASSWORD);
        String fresh = api.exchange(front, signedIn.code());
        String path = "/mdrive/contracts/" + team.alias() + "/two-step-verification";
        assertEquals(200, api.put(path, fresh, "{\"enabled\": false}").status(), "a fresh sign-in changes settings");

        BrowserFlowClient settings = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(settings, team.contractor(), DemoRealm.PASSWORD);
        assertTrue(menu.has(SettingsMenu.MENU), menu.body());
        try {
            timeOffSet.set(11 * 60);
            String sso = api.exchange(front, front.authorize("ja").code());
            BearerClient.Answer stale = api.put(path, sso, "{\"enabled\": true}");
            assertEquals(401, stale.status(), stale.body());
            assertEquals("mdrive.api.signInAgain", stale.json().get("error"));

            BrowserFlowClient.Page opened = SettingsMenu.open(settings, menu, "two-step");
            assertEquals(303, opened.status(), opened.body());
            assertTrue(opened.location().endsWith("/realms/mdrive/mdrive/settings"), opened.location());
        } finally {
            timeOffSet.set(0);
        }
        assertEquals(List.of("false"), team.resource().toRepresentation().getAttributes().get("mdrive.two-step-verification"),
                "nothing changed");
    }

    @Test
    @DisplayName("R-SEC-3 the settings client yields no code: a hand-built request ends on the menu and leaves without one")
    void settingsClientYieldsNoTokens() {
        Team team = team("sec3-code", Map.of());
        BrowserFlowClient attacker = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(attacker, team.contractor(), DemoRealm.PASSWORD);
        assertTrue(menu.has(SettingsMenu.MENU), menu.body());
        BrowserFlowClient.Page top = attacker.post(menu.formAction(SettingsMenu.MENU), Map.of("mdrive_top", "true"));
        assertEquals(303, top.status(), top.body());
        assertTrue(top.location().endsWith("/realms/mdrive/mdrive/settings/top"), top.location());
        assertFalse(top.location().contains("code="), top.location());
        BrowserFlowClient.Page again = attacker.post(menu.formAction(SettingsMenu.MENU), Map.of("mdrive_open", "two-step"));
        assertFalse(again.has("mdrive-settings-2sv-form"), "after leaving, the old form acts on nothing");

        BearerClient.Answer grant = new BearerClient(realm).passwordGrantThrough("mdrive-settings", team.contractor(), DemoRealm.PASSWORD);
        assertEquals(400, grant.status(), grant.body());
        assertEquals("unauthorized_client", grant.json().get("error"));
    }

    @Test
    @DisplayName("R-SEC-3 attack 2: from the internet a line-only contract's settings menu admits only the contractor, after 2SV")
    void lineOnlyFromTheInternet() {
        Team team = team("sec3-line", Map.of("mdrive.access-route", "line-only", "mdrive.line-numbers", LineAuthenticationTest.LINE));

        BrowserFlowClient contractor = new BrowserFlowClient(realm);
        BrowserFlowClient.Page asked = SettingsMenu.signIn(contractor, team.contractor(), DemoRealm.PASSWORD);
        assertFalse(asked.has(SettingsMenu.MENU), "a password alone does not open the menu: " + asked.body());
        assertTrue(asked.has(SecondStep.PHONE), "the contractor enrols in 2SV as on a first sign-in: " + asked.body());

        BrowserFlowClient user = new BrowserFlowClient(realm);
        BrowserFlowClient.Page refused = SettingsMenu.signIn(user, team.user(), DemoRealm.PASSWORD);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.says("登録された回線からログインしてください"), refused.body());
        assertFalse(refused.has(SecondStep.PHONE));

        BrowserFlowClient throughLine = new BrowserFlowClient(realm).throughLine(LineAuthenticationTest.LINE);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(throughLine, team.user(), DemoRealm.PASSWORD);
        assertTrue(menu.has(SettingsMenu.MENU), "through a registered line, the password suffices: " + menu.body());
        assertEquals(List.of("password"), SettingsMenu.items(menu));
    }
}
