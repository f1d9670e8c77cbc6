package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
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
 * R-LOGIN-3: the contractor sets up the contract's ADFS (played by a second realm, read from its OIDC
 * discovery document), gets the connection-ID mail, and an AD user of the contract signs in through it.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ActiveDirectorySetupTest extends MailBrowserBase {

    static final String AD_USER = "ad-user@corp.example";

    @InjectRealm(ref = "corp-adfs", config = CorpAdfs.class)
    ManagedRealm adfs;

    private BearerClient.Answer setUp(String caller, String body) {
        BearerClient api = new BearerClient(realm);
        return api.put("/mdrive/contracts/" + DemoRealm.BASIC_CONTRACT + "/active-directory", api.token(caller, DemoRealm.PASSWORD), body);
    }

    private String oidcSetup() {
        return "{\"protocol\": \"oidc\", \"metadataUrl\": \"" + adfs.getBaseUrl() + "/.well-known/openid-configuration\", "
                + "\"clientId\": \"" + Brokers.CLIENT_ID + "\", \"clientSecret\": \"" + Brokers.CLIENT_SECRET + "\"}";
    }

    @Test
    @DisplayName("R-LOGIN-3 AD setup: the ADFS becomes the contract's hidden provider under a new connection ID, the contractor gets the mail, an AD user signs in")
    void setUpAndSignIn() {
        int mailsBefore = Mails.to(mail, DemoRealm.BASIC_CONTRACTOR).size();
        BearerClient.Answer answer = setUp(DemoRealm.BASIC_CONTRACTOR, oidcSetup());
        assertEquals(200, answer.status(), answer.body());
        String connectionId = (String) answer.json().get("adConnectionId");
        assertTrue(connectionId.matches("adfs-[A-Za-z0-9]{18}"), connectionId);

        IdentityProviderRepresentation idp = realm.admin().identityProviders().get(connectionId).toRepresentation();
        assertTrue(idp.isHideOnLogin());
        assertEquals("mdrive first broker login", idp.getFirstBrokerLoginFlowAlias());
        assertEquals("mdrive post broker login", idp.getPostBrokerLoginFlowAlias());
        assertEquals(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT).toRepresentation().getId(), idp.getOrganizationId());

        MimeMessage notice = Mails.awaitTo(mail, DemoRealm.BASIC_CONTRACTOR, mailsBefore + 1).get(mailsBefore);
        assertEquals("【M-Drive】Active Directoryアカウントのログイン用URL・接続ID通知", Mails.subject(notice));
        Screenshots.mail(driver, getClass(), "mail-ad-connection-id-ja", notice);
        assertEquals(List.of(), Elements.now(driver, By.tagName("li")), "the lines carry the manual's 「・」: a list would add a second bullet");
        String text = Mails.text(notice);
        Mails.assertSays(text, "Active Directoryアカウントのログイン用URLおよび接続IDをご連絡いたします。",
                "・インターネット用: " + realm.getBaseUrl() + "/account/",
                "・回線認証用: ",
                "・Active Directoryの接続ID: " + connectionId);

        String userId = DemoUsers.create(realm, AD_USER, "ja");
        DemoUsers.setLoginMethod(realm, userId, "ad");
        Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), userId);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page adLogin = browser.follow(browser.authorize("ja", "&kc_idp_hint=" + connectionId));
        BrowserFlowClient.Page back = browser.follow(browser.post(adLogin.formAction("kc-form-login"),
                Map.of("username", AD_USER, "password", DemoRealm.PASSWORD, "credentialId", "")));
        assertTrue(back.loggedIn(), back.status() + " " + back.body());

        BearerClient.Answer again = setUp(DemoRealm.BASIC_CONTRACTOR, oidcSetup());
        assertEquals(connectionId, again.json().get("adConnectionId"), "a second setup keeps the connection ID users were told");
    }

    @Test
    @DisplayName("R-LOGIN-3 R-MAIL-1 the connection-ID mail in English for a contractor whose language is English")
    void mailInEnglish() {
        UserResource contractor = realm.admin().users().get(DemoRealm.BASIC_CONTRACTOR_ID);
        UserRepresentation before = contractor.toRepresentation();
        UserRepresentation english = contractor.toRepresentation();
        english.getAttributes().put("locale", List.of("en"));
        contractor.update(english);
        try {
            int mailsBefore = Mails.to(mail, DemoRealm.BASIC_CONTRACTOR).size();
            BearerClient.Answer answer = setUp(DemoRealm.BASIC_CONTRACTOR, oidcSetup());
            assertEquals(200, answer.status(), answer.body());
            MimeMessage notice = Mails.awaitTo(mail, DemoRealm.BASIC_CONTRACTOR, mailsBefore + 1).get(mailsBefore);
            assertEquals("[M-Drive] Active Directory login URLs and connection ID", Mails.subject(notice));
            assertTrue(Mails.text(notice).contains("Active Directory connection ID: " + answer.json().get("adConnectionId")), Mails.text(notice));
            Screenshots.mail(driver, getClass(), "mail-ad-connection-id-en", notice);
        } finally {
            // only the language back: the whole old representation would also drop what signing in since has stored
            UserRepresentation restored = contractor.toRepresentation();
            restored.getAttributes().put("locale", before.getAttributes().getOrDefault("locale", List.of("ja")));
            contractor.update(restored);
        }
    }

    @Test
    @DisplayName("R-LOGIN-3 R-MENU-1 the Active Directory設定 page of the settings menu: a bad URL is refused on the page, a good one sets AD up")
    void setUpFromTheMenu() {
        Organizations.OwnContract contract = Organizations.withContractor(realm, "ad-menu", Map.of("mdrive.two-step-verification", "false"));
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(browser, contract.contractor(), DemoRealm.PASSWORD);
        BrowserFlowClient.Page page = SettingsMenu.open(browser, menu, "active-directory");
        assertEquals("Active Directory設定", page.text("kc-page-title"));
        BrowserFlowClient.Page refused = SettingsMenu.submit(browser, page, "mdrive-settings-ad-form", Map.of("protocol", "oidc",
                "metadataUrl", "http://localhost:1/nothing", "clientId", Brokers.CLIENT_ID, "clientSecret", Brokers.CLIENT_SECRET));
        assertTrue(refused.says("読み込めませんでした"), refused.body());
        BrowserFlowClient.Page done = SettingsMenu.submit(browser, refused, "mdrive-settings-ad-form", Map.of("protocol", "oidc",
                "metadataUrl", adfs.getBaseUrl() + "/.well-known/openid-configuration",
                "clientId", Brokers.CLIENT_ID, "clientSecret", Brokers.CLIENT_SECRET));
        assertTrue(done.says("Active Directoryの設定が完了しました。"), done.body());
        String connectionId = contract.resource().toRepresentation().getAttributes().get("mdrive.ad.connection-id").get(0);
        assertEquals(connectionId, realm.admin().identityProviders().get(connectionId).toRepresentation().getAlias());
        MimeMessage notice = Mails.awaitTo(mail, contract.contractor(), 1).get(0);
        assertTrue(Mails.text(notice).contains(connectionId));
    }

    @Test
    @DisplayName("R-LOGIN-3 AD setup refusals: unknown protocol, unreadable metadata, missing client, and anyone but the contractor")
    void refusals() {
        BearerClient.Answer protocol = setUp(DemoRealm.BASIC_CONTRACTOR, "{\"protocol\": \"ldap\", \"metadataUrl\": \"https://adfs.example\"}");
        assertEquals(400, protocol.status());
        assertEquals("mdrive.ad.invalidProtocol", protocol.json().get("error"));

        BearerClient.Answer metadata = setUp(DemoRealm.BASIC_CONTRACTOR,
                "{\"protocol\": \"saml\", \"metadataUrl\": \"" + adfs.getBaseUrl() + "/no-such-descriptor\"}");
        assertEquals(400, metadata.status());
        assertEquals("mdrive.ad.metadataUnreadable", metadata.json().get("error"));
        assertTrue(((String) metadata.json().get("message")).contains("メタデータURL"), metadata.body());

        BearerClient.Answer client = setUp(DemoRealm.BASIC_CONTRACTOR,
                "{\"protocol\": \"oidc\", \"metadataUrl\": \"" + adfs.getBaseUrl() + "/.well-known/openid-configuration\"}");
        assertEquals("mdrive.ad.clientRequired", client.json().get("error"));

        assertEquals(403, setUp(DemoRealm.BASIC_ADMIN, oidcSetup()).status(), "a contract admin");
        assertEquals(403, setUp(Organizations.withoutTwoStep(realm, "ad-other").contractor(), oidcSetup()).status(), "another contract's contractor");
    }

    public static class CorpAdfs implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.clients(ClientBuilder.create().clientId(Brokers.CLIENT_ID).secret(Brokers.CLIENT_SECRET)
                            .redirectUris("http://localhost:8080/realms/mdrive/broker/*"))
                    .users(UserBuilder.create().username(AD_USER).email(AD_USER).emailVerified(true).name("Taro", "Corp")
                            .password(DemoRealm.PASSWORD));
        }
    }
}
