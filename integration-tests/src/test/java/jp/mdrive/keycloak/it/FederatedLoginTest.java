package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.Brokers.GOOGLE;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;
import org.openqa.selenium.By;

/**
 * R-LOGIN-2, R-LOGIN-5 through Keycloak's real broker: identity provider "google" of realm mdrive is
 * played by a second realm of the test server.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class FederatedLoginTest extends BrowserBase {

    /** Google: its accounts are those below. */
    @InjectRealm(ref = "google-idp", config = GoogleRealm.class)
    ManagedRealm google;

    static final String INVITED = "invited@gmail.example";
    static final String PASSWORD_USER = "password-user@gmail.example";
    static final String STRANGER = "stranger@gmail.example";
    static final String ADMIN_RESET = "admin-reset@gmail.example";

    @BeforeEach
    void googleIsTheOtherRealm() {
        Brokers.registerOidc(realm, google, GOOGLE);
    }

    /** A user a contract admin registered: no password, login method google. */
    private String invited(String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Hanako");
        user.setLastName("Invited");
        user.setAttributes(Map.of("locale", List.of("ja"), "mdrive.login-method", List.of(GOOGLE)));
        try (Response created = realm.admin().users().create(user)) {
            assertEquals(201, created.getStatus());
            String path = created.getLocation().getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), id);
            return id;
        }
    }

    /** Through the IdP's login page with its password; the page realm mdrive answers with at the end. */
    private BrowserFlowClient.Page viaGoogle(BrowserFlowClient browser, String email) {
        BrowserFlowClient.Page page = browser.follow(browser.authorize("ja", "&kc_idp_hint=" + GOOGLE));
        if (page.has("kc-form-login")) {
            page = browser.follow(browser.post(page.formAction("kc-form-login"),
                    Map.of("username", email, "password", DemoRealm.PASSWORD, "credentialId", "")));
        }
        return page;
    }

    private List<FederatedIdentityRepresentation> links(String userId) {
        return realm.admin().users().get(userId).getFederatedIdentity();
    }

    @Test
    @DisplayName("R-LOGIN-2 R-LOGIN-5 the first Google sign-in links to the invited user; later the IdP's own session signs straight in")
    void invitedUserLinks() {
        String id = invited(INVITED);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page first = viaGoogle(browser, INVITED);
        assertTrue(first.loggedIn(), first.status() + " " + first.body());
        assertEquals(List.of(GOOGLE), links(id).stream().map(FederatedIdentityRepresentation::getIdentityProvider).toList());
        assertTrue(realm.admin().users().searchByEmail(INVITED, true).size() == 1, "no second user");

        browser.forgetRealmCookies(DemoRealm.NAME);
        BrowserFlowClient.Page again = browser.follow(browser.authorize("ja", "&kc_idp_hint=" + GOOGLE));
        assertTrue(again.loggedIn(), "signed in at the IdP already: no page on the way");
    }

    @Test
    @DisplayName("R-2SV-8 an admin's 2SV reset on a Google user, who meets no 2SV step, is carried out after the sign-in with the 2SV step's event")
    void adminResetAfterProviderSignIn() {
        String id = invited(ADMIN_RESET);
        UserResource user = realm.admin().users().get(id);
        UserRepresentation representation = user.toRepresentation();
        representation.setRequiredActions(List.of("mdrive-reset-two-step-verification"));
        user.update(representation);

        assertTrue(viaGoogle(new BrowserFlowClient(realm), ADMIN_RESET).loggedIn(), "no page on the way");

        assertTrue(user.toRepresentation().getRequiredActions().isEmpty(), "carried out once");
        List<EventRepresentation> removed = Events.of(realm, id, "REMOVE_CREDENTIAL");
        assertEquals(1, removed.size(), removed.toString());
        assertEquals(Map.of("reason", "mdrive_admin_reset", "credential_type", "mdrive-recovery-code,mdrive-sms-phone,otp"),
                Map.of("reason", removed.get(0).getDetails().get("reason"), "credential_type", removed.get(0).getDetails().get("credential_type")),
                "the same event as when the 2SV step carries it out");
    }

    @Test
    @DisplayName("R-MENU-1 R-LOGIN-2 a Google user reaches the settings menu through Google, without the password item")
    void settingsMenuThroughGoogle() {
        invited("settings@gmail.example");
        BrowserFlowClient browser = new BrowserFlowClient(realm).toSettingsMenu();
        BrowserFlowClient.Page page = browser.follow(browser.authorize("ja", "&kc_idp_hint=" + GOOGLE));
        page = browser.follow(browser.post(page.formAction("kc-form-login"),
                Map.of("username", "settings@gmail.example", "password", DemoRealm.PASSWORD, "credentialId", "")));
        assertTrue(page.has(SettingsMenu.MENU), page.status() + " " + page.body());
        assertFalse(SettingsMenu.items(page).contains("password"), "password change is for password users");
        BrowserFlowClient.Page top = browser.post(page.formAction(SettingsMenu.MENU), Map.of("mdrive_top", "true"));
        assertEquals(303, top.status(), top.body());
        assertTrue(top.location().endsWith("/realms/mdrive/mdrive/settings/top") && !top.location().contains("code="), top.location());
    }

    @Test
    @DisplayName("R-LOGIN-2 an IdP account nobody registered is refused, and no user is created")
    void strangerRefused() {
        BrowserFlowClient.Page page = viaGoogle(new BrowserFlowClient(realm), STRANGER);
        assertEquals(403, page.status());
        assertTrue(page.says("このアカウントは登録されていません"), page.body());
        assertTrue(realm.admin().users().searchByEmail(STRANGER, true).isEmpty());
    }

    @Test
    @DisplayName("R-LOGIN-5 a password user cannot sign in through Google, neither by a first link nor by a link an admin added")
    void passwordUserNotThroughGoogle() {
        String id = DemoUsers.create(realm, PASSWORD_USER, "ja");
        BrowserFlowClient.Page first = viaGoogle(new BrowserFlowClient(realm), PASSWORD_USER);
        assertEquals(403, first.status());
        assertTrue(links(id).isEmpty(), "not linked");

        String idpUserId = google.admin().users().searchByEmail(PASSWORD_USER, true).get(0).getId();
        FederatedIdentityRepresentation link = new FederatedIdentityRepresentation();
        link.setIdentityProvider(GOOGLE);
        link.setUserId(idpUserId);
        link.setUserName(PASSWORD_USER);
        try (Response linked = realm.admin().users().get(id).addFederatedIdentity(GOOGLE, link)) {
            assertEquals(204, linked.getStatus());
        }
        BrowserFlowClient.Page linkedByAdmin = viaGoogle(new BrowserFlowClient(realm), PASSWORD_USER);
        assertEquals(403, linkedByAdmin.status());
        assertTrue(linkedByAdmin.says("このログイン方法ではログインできません"), linkedByAdmin.body());
        assertTrue(linkedByAdmin.says("メールアドレス・パスワード"), "names the user's own method");
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(PASSWORD_USER, DemoRealm.PASSWORD).passedPassword(),
                "the password still works");
    }

    @Test
    @DisplayName("R-LOGIN-5 a Google user cannot sign in with a password an admin set, in the browser or by password grant")
    void googleUserNotByPassword() {
        String id = invited("set-password@gmail.example");
        UserResource user = realm.admin().users().get(id);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DemoRealm.PASSWORD);
        password.setTemporary(false);
        user.resetPassword(password);

        BrowserFlowClient.Page page = new BrowserFlowClient(realm).openLoginPage("ja").logIn("set-password@gmail.example", DemoRealm.PASSWORD);
        assertEquals(403, page.status());
        assertTrue(page.says("「Googleアカウント」でログインしてください"), page.body());
        assertEquals("wrong_login_method", Events.of(realm, id, "LOGIN_ERROR").get(0).getDetails().get("reason"));
        assertFalse(new BearerClient(realm).passwordGrant("set-password@gmail.example", DemoRealm.PASSWORD).status() == 200);
    }

    @Test
    @DisplayName("R-LOGIN-2 R-LOGIN-5 the refusal pages in Chromium, Japanese and English")
    void refusalPages() {
        String id = invited("pages@gmail.example");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DemoRealm.PASSWORD);
        password.setTemporary(false);
        realm.admin().users().get(id).resetPassword(password);
        for (String[] language : new String[][] {{"ja", "日本語", "このログイン方法ではログインできません", "このアカウントは登録されていません"},
                {"en", "English", "You cannot sign in this way", "This account is not registered"}}) {
            var user = realm.admin().users().get(id).toRepresentation();
            user.getAttributes().put("locale", List.of(language[0]));
            realm.admin().users().get(id).update(user);
            loginPage.openFresh(realm.getBaseUrl(), language[1]);
            loginPage.logIn("pages@gmail.example", DemoRealm.PASSWORD);
            driver.waiting().until(d -> d.findElement(By.id("mdrive-login-method-refused")));
            assertEquals(language[2], driver.findElement(By.id("kc-page-title")).getText().strip());
            Screenshots.save(driver, getClass(), "login-method-refused-" + language[0]);

            for (ManagedRealm signedOut : List.of(realm, google)) {
                // cookies are deleted for the open document's path: each realm's in turn
                driver.open(signedOut.getBaseUrl() + "/.well-known/openid-configuration");
                driver.driver().manage().deleteAllCookies();
            }
            driver.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=" + BrowserFlowClient.CLIENT_ID
                    + "&response_type=code&scope=openid&redirect_uri=" + realm.getBaseUrl() + "/account/"
                    + "&code_challenge=" + BrowserFlowClient.CODE_CHALLENGE + "&code_challenge_method=S256"
                    + "&ui_locales=" + language[0] + "&kc_idp_hint=" + GOOGLE);
            driver.waiting().until(d -> d.findElement(By.id("username")));
            driver.findElement(By.id("username")).sendKeys(STRANGER);
            driver.findElement(By.id("password")).sendKeys(DemoRealm.PASSWORD);
            driver.findElement(By.id("kc-login")).click();
            driver.waiting().until(d -> d.findElement(By.id("mdrive-not-invited")));
            assertEquals(language[3], driver.findElement(By.id("kc-page-title")).getText().strip());
            Screenshots.save(driver, getClass(), "not-invited-" + language[0]);
        }
    }

    public static class GoogleRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.clients(ClientBuilder.create().clientId(Brokers.CLIENT_ID).secret(Brokers.CLIENT_SECRET)
                            .redirectUris("http://localhost:8080/realms/mdrive/broker/" + GOOGLE + "/endpoint"))
                    .users(idpUser(INVITED), idpUser(ADMIN_RESET), idpUser("set-password@gmail.example"), idpUser("settings@gmail.example"), idpUser(PASSWORD_USER), idpUser(STRANGER));
        }

        private static UserBuilder idpUser(String email) {
            return UserBuilder.create().username(email).email(email).emailVerified(true).name("Google", "User").password(DemoRealm.PASSWORD);
        }
    }
}
