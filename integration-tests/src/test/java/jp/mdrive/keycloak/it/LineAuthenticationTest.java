package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.it.pages.NextPage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;
import org.openqa.selenium.By;

/**
 * R-LINE-1 … R-LINE-4 on the real server. The line-authentication gateway is played by requests over
 * IPv6 loopback, the one trusted proxy block of the test server; requests over 127.0.0.1 are the
 * internet, with or without the header.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LineAuthenticationTest extends BrowserBase {

    static final String LINE = "CAF1234567890";
    static final String OTHER_LINE = "COP87654321";
    static final String IDP = "line-test-idp";
    static final String IDP_USER = "fed-line@idp.example";

    @InjectRealm(ref = "line-idp", config = IdpRealm.class)
    ManagedRealm idp;

    private int contracts;

    /** A fresh line-only contract with one registered line, its contractor and a user. */
    private record LineOnly(String alias, OrganizationResource resource, String contractor, String user, String userId) {
    }

    private LineOnly lineOnlyContract(String name) {
        return lineOnlyContract(name, "ja");
    }

    private LineOnly lineOnlyContract(String name, String locale) {
        String alias = "line-" + name + "-" + System.nanoTime() + "-" + contracts++;
        String contractor = "contractor-" + alias + "@line.m-drive.example";
        String contractorId = DemoUsers.create(realm, contractor, locale);
        String user = "user-" + alias + "@line.m-drive.example";
        String userId = DemoUsers.create(realm, user, locale);
        OrganizationResource resource = Organizations.contract(realm, alias,
                Map.of("mdrive.line-numbers", LINE, "mdrive.access-route", "line-only", "mdrive.contractor", contractorId));
        Organizations.join(resource, contractorId);
        Organizations.join(resource, userId);
        return new LineOnly(alias, resource, contractor, user, userId);
    }

    private EventRepresentation lastEvent(String userId, String type) {
        return Events.of(realm, userId, type).get(0);
    }

    @Test
    @DisplayName("R-LINE-3 R-LINE-4 R-2SV-7 through a registered line (gateway on a trusted IPv6 block, number as typed) a line-only member signs in, without 2SV")
    void registeredLine() {
        LineOnly contract = lineOnlyContract("registered");
        BrowserFlowClient.Page page = new BrowserFlowClient(realm).throughLine(" caf1234567890 ").openLoginPage("ja")
                .logIn(contract.user(), DemoRealm.PASSWORD);
        assertTrue(page.loggedIn(), page.body());
        EventRepresentation login = lastEvent(contract.userId(), "LOGIN");
        assertEquals("registered_line", login.getDetails().get("mdrive_route"));
        assertEquals(LINE, login.getDetails().get("mdrive_line"));
        assertEquals("skipped_line_only", login.getDetails().get("mdrive_2sv"));
    }

    @Test
    @DisplayName("R-LINE-4 an unregistered line and the internet are refused with the page and an event naming the reason")
    void refused() {
        LineOnly contract = lineOnlyContract("refused");
        BrowserFlowClient.Page other = new BrowserFlowClient(realm).throughLine(OTHER_LINE).openLoginPage("ja")
                .logIn(contract.user(), DemoRealm.PASSWORD);
        assertEquals(403, other.status());
        assertTrue(other.says("登録された回線からログインしてください"), other.body());
        assertTrue(other.says("ご契約の契約者にお問い合わせください"));
        EventRepresentation error = lastEvent(contract.userId(), "LOGIN_ERROR");
        assertEquals("mdrive_route_refused", error.getError());
        assertEquals("unregistered_line", error.getDetails().get("reason"));
        assertEquals(OTHER_LINE, error.getDetails().get("mdrive_line"));

        BrowserFlowClient.Page internet = new BrowserFlowClient(realm).openLoginPage("en").logIn(contract.user(), DemoRealm.PASSWORD);
        assertEquals(403, internet.status());
        assertEquals("not_through_a_line", lastEvent(contract.userId(), "LOGIN_ERROR").getDetails().get("reason"));

        BrowserFlowClient.Page wrong = new BrowserFlowClient(realm).throughLine(LINE).openLoginPage("ja").logIn(contract.user(), "Wrong-Pass9");
        assertFalse(wrong.says("登録された回線から"), "the route is judged only after the password: it tells nothing to guessers");
    }

    @Test
    @DisplayName("R-LINE-4 the refusal page in Chromium, Japanese and English")
    void refusalPages() {
        for (String[] language : new String[][] {{"ja", "日本語", "登録された回線からログインしてください"}, {"en", "English", "Sign in from a registered line"}}) {
            LineOnly contract = lineOnlyContract("page-" + language[0], language[0]);
            loginPage.openFresh(realm.getBaseUrl(), language[1]);
            loginPage.logIn(contract.user(), DemoRealm.PASSWORD);
            driver.waiting().until(d -> d.findElement(By.id("mdrive-line-refused")));
            assertEquals(language[2], driver.findElement(By.id("kc-page-title")).getText().strip());
            assertTrue(driver.findElement(By.id("mdrive-line-back")).isDisplayed());
            Screenshots.save(driver, getClass(), "line-refused-" + language[0]);
            NextPage.after(driver, () -> driver.findElement(By.id("mdrive-line-back")).click());
            loginPage.assertCurrent();
        }
    }

    @Test
    @DisplayName("R-LINE-3 the line header from an untrusted peer is ignored: a claimed line is the internet")
    void untrustedPeer() {
        LineOnly contract = lineOnlyContract("untrusted");
        BrowserFlowClient.Page page = new BrowserFlowClient(realm).claimingLine(LINE).openLoginPage("ja")
                .logIn(contract.user(), DemoRealm.PASSWORD);
        assertEquals(403, page.status());
        EventRepresentation error = lastEvent(contract.userId(), "LOGIN_ERROR");
        assertEquals("not_through_a_line", error.getDetails().get("reason"));
        assertEquals("internet", error.getDetails().get("mdrive_line"));
    }

    @Test
    @DisplayName("R-LINE-1 line+internet contracts sign in from anywhere")
    void lineAndInternet() {
        String email = "anywhere-" + System.nanoTime() + "@line.m-drive.example";
        Organizations.join(Organizations.twoStepOff(realm), DemoUsers.create(realm, email, "ja"));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).loggedIn());
        assertTrue(new BrowserFlowClient(realm).throughLine(OTHER_LINE).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).loggedIn());
    }

    @Test
    @DisplayName("R-LINE-4 an SSO session opened through the line does not carry a member onto the internet")
    void ssoSession() {
        LineOnly contract = lineOnlyContract("sso");
        BrowserFlowClient browser = new BrowserFlowClient(realm).throughLine(LINE);
        assertTrue(browser.openLoginPage("ja").logIn(contract.user(), DemoRealm.PASSWORD).loggedIn());
        assertTrue(browser.authorize("ja").loggedIn(), "SSO through the line");
        BearerClient api = new BearerClient(realm).throughLine(LINE);
        String token = api.token(contract.contractor(), DemoRealm.PASSWORD);
        assertEquals(200, api.put("/mdrive/contracts/" + contract.alias() + "/line-numbers", token,
                "{\"lineNumbers\": [\"" + OTHER_LINE + "\"]}").status());
        assertEquals(403, browser.authorize("ja").status(), "the same SSO session, now through an unregistered line");
    }

    @Test
    @DisplayName("R-LINE-4 the password grant is checked too")
    void passwordGrant() {
        LineOnly contract = lineOnlyContract("grant");
        BearerClient api = new BearerClient(realm);
        BearerClient.Answer refused = api.passwordGrant(contract.user(), DemoRealm.PASSWORD);
        assertEquals(400, refused.status());
        assertEquals("Sign-in is allowed only through the contract's registered lines", refused.json().get("error_description"));
    }

    @Test
    @DisplayName("R-LINE-4 a line-only member signing in through an identity provider is refused from the internet (post-broker flow)")
    void federated() {
        LineOnly contract = lineOnlyContract("federated");
        Brokers.registerOidc(realm, idp, IDP);
        String idpUserId = idp.admin().users().searchByEmail(IDP_USER, true).get(0).getId();
        FederatedIdentityRepresentation link = new FederatedIdentityRepresentation();
        link.setIdentityProvider(IDP);
        link.setUserId(idpUserId);
        link.setUserName(IDP_USER);
        try (Response linked = realm.admin().users().get(contract.userId()).addFederatedIdentity(IDP, link)) {
            assertEquals(204, linked.getStatus());
        }
        DemoUsers.setLoginMethod(realm, contract.userId(), IDP);

        BrowserFlowClient internet = new BrowserFlowClient(realm);
        BrowserFlowClient.Page idpLogin = internet.follow(internet.authorize("ja", "&kc_idp_hint=" + IDP));
        BrowserFlowClient.Page back = internet.follow(internet.post(idpLogin.formAction("kc-form-login"),
                Map.of("username", IDP_USER, "password", DemoRealm.PASSWORD, "credentialId", "")));
        assertEquals(403, back.status(), back.body());
        assertTrue(back.says("登録された回線からログインしてください"));

        BrowserFlowClient line = new BrowserFlowClient(realm).throughLine(LINE);
        BrowserFlowClient.Page lineIdpLogin = line.follow(line.authorize("ja", "&kc_idp_hint=" + IDP));
        BrowserFlowClient.Page through = line.follow(line.post(lineIdpLogin.formAction("kc-form-login"),
                Map.of("username", IDP_USER, "password", DemoRealm.PASSWORD, "credentialId", "")));
        assertTrue(through.loggedIn(), through.status() + " " + through.location());
    }

    @Test
    @DisplayName("R-LINE-2 line numbers through the API: lower case and spaces accepted; 12 characters, CAX and junk refused with the expected form")
    void lineNumbers() {
        LineOnly contract = lineOnlyContract("numbers");
        BearerClient api = new BearerClient(realm).throughLine(LINE);
        String token = api.token(contract.contractor(), DemoRealm.PASSWORD);
        String path = "/mdrive/contracts/" + contract.alias() + "/line-numbers";

        BearerClient.Answer stored = api.put(path, token, "{\"lineNumbers\": [\" caf1234567890 \", \"cop1234abcd\"]}");
        assertEquals(200, stored.status(), stored.body());
        assertEquals(List.of("CAF1234567890", "COP1234ABCD"), stored.json().get("lineNumbers"));

        for (String bad : List.of("CAF123456789", "CAX1234567890", "CAF12345678901", "COP1234567", "回線")) {
            BearerClient.Answer refused = api.put(path, token, "{\"lineNumbers\": [\"" + bad + "\"]}");
            assertEquals(400, refused.status(), bad);
            assertEquals("mdrive.contract.invalidLineNumber", refused.json().get("error"));
            assertTrue(((String) refused.json().get("message")).contains("CAFと英数字10桁（13文字）、またはCOPと英数字8桁（11文字）"), refused.body());
        }
        BearerClient.Answer missing = api.put(path, token, "{}");
        assertEquals(400, missing.status(), "a body without the list removes nothing");
        assertEquals("mdrive.contract.lineNumbersMissing", missing.json().get("error"));
        BearerClient.Answer none = api.put(path, token, "{\"lineNumbers\": []}");
        assertEquals(400, none.status(), "line-only keeps at least one line");
        assertEquals("mdrive.contract.lineOnlyWithoutLines", none.json().get("error"));
        assertEquals(List.of("CAF1234567890", "COP1234ABCD"), api.get("/mdrive/contracts/" + contract.alias(), token).json().get("lineNumbers"));
    }

    @Test
    @DisplayName("R-LINE-1 R-LINE-4 R-SEC-3 the contractor's escape hatch: from the internet, through the settings menu after 2SV, back to line+internet, and members sign in again")
    void escapeHatch() {
        LineOnly contract = lineOnlyContract("escape");
        assertEquals(403, new BrowserFlowClient(realm).openLoginPage("ja").logIn(contract.contractor(), DemoRealm.PASSWORD).status(),
                "the service itself is refused from the internet, without asking a code first");
        assertThrows(IllegalStateException.class, () -> new BearerClient(realm).token(contract.contractor(), DemoRealm.PASSWORD),
                "no API token from the internet either");

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = SettingsMenu.signIn(browser, contract.contractor(), DemoRealm.PASSWORD);
        page = browser.post(page.formAction(SecondStep.SWITCH), Map.of("mdrive_action", "authenticator"));
        page = browser.post(page.formAction(SecondStep.AUTHENTICATOR), Map.of("code", Totp.now(page.text("mdrive-2sv-secret"))));
        page = browser.post(page.formAction(SecondStep.RECOVERY_CODE), Map.of("saved", "on"));
        page = browser.post(page.formAction(SecondStep.DONE), Map.of());
        assertTrue(page.has(SettingsMenu.MENU), "after 2SV, the menu: " + page.body());
        page = SettingsMenu.open(browser, page, "access-route");
        page = browser.post(page.formAction("mdrive-settings-route-form"), Map.of("route", "line+internet"));
        page = browser.post(page.formAction("mdrive-settings-route-form"), Map.of("confirm", "true"));
        assertEquals("line+internet", contract.resource().toRepresentation().getAttributes().get("mdrive.access-route").get(0));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(contract.user(), DemoRealm.PASSWORD).passedPassword(),
                "on to 2SV enrolment: the member is in from the internet");

        page = browser.post(page.formAction("mdrive-settings-menu-form"), Map.of("mdrive_menu", "true"));
        page = SettingsMenu.open(browser, page, "access-route");
        page = browser.post(page.formAction("mdrive-settings-route-form"), Map.of("route", "line-only"));
        page = browser.post(page.formAction("mdrive-settings-route-form"), Map.of("confirm", "true"));
        assertEquals(403, new BrowserFlowClient(realm).openLoginPage("ja").logIn(contract.user(), DemoRealm.PASSWORD).status(),
                "line-only again");
    }

    @Test
    @DisplayName("R-LINE-1 only the contract's contractor and admins, or a realm admin, change its route and lines")
    void permissions() {
        LineOnly contract = lineOnlyContract("permissions");
        BearerClient api = new BearerClient(realm);
        String path = "/mdrive/contracts/" + contract.alias() + "/access-route";

        String otherContractor = api.token(DemoRealm.BASIC_CONTRACTOR, DemoRealm.PASSWORD);
        BearerClient.Answer foreign = api.put(path, otherContractor, "{\"accessRoute\": \"line+internet\"}");
        assertEquals(403, foreign.status());
        assertEquals("mdrive.api.forbidden", foreign.json().get("error"));

        BearerClient throughLine = new BearerClient(realm).throughLine(LINE);
        String member = throughLine.token(contract.user(), DemoRealm.PASSWORD);
        assertEquals(403, throughLine.put(path, member, "{\"accessRoute\": \"line+internet\"}").status(), "a plain member");
        assertEquals(403, throughLine.put("/mdrive/contracts/" + contract.alias() + "/line-numbers", member, "{\"lineNumbers\": []}").status());
    }

    public static class IdpRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.clients(ClientBuilder.create().clientId(Brokers.CLIENT_ID).secret(Brokers.CLIENT_SECRET)
                            .redirectUris("http://localhost:8080/realms/mdrive/broker/" + IDP + "/endpoint",
                                    "http://[::1]:8080/realms/mdrive/broker/" + IDP + "/endpoint"))
                    .users(UserBuilder.create().username(IDP_USER).email(IDP_USER).emailVerified(true).name("Fed", "Line")
                            .password(DemoRealm.PASSWORD));
        }
    }
}
