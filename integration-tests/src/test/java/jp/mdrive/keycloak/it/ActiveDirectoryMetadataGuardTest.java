package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * R-SEC-5 on the real server: the AD setup (REST API and the Active Directory設定 page) fetches
 * metadata only over https from public addresses, also after redirects, and refuses metadata that
 * names internal endpoints. The server allows exactly one internal host, {@value #ALLOWED_HOST}
 * ({@link MdriveServerConfig}), where the ADFS realm and a local HTTP server of this test live; every
 * attack here uses another address or arrives there through a redirect from it.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ActiveDirectoryMetadataGuardTest extends MailBase {

    /** The one internal host the test server may fetch metadata from. */
    static final String ALLOWED_HOST = "localhost";
    private static final String DISCOVERY = "/.well-known/openid-configuration";

    @InjectRealm(ref = "guard-adfs", config = ActiveDirectorySetupTest.CorpAdfs.class)
    ManagedRealm adfs;

    private static HttpServer server;
    /** What the local server answers, by path; filled by each test with the URLs of this run. */
    private static final Map<String, String[]> ANSWERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", ActiveDirectoryMetadataGuardTest::answer);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    /** {@code {status, location or body}}. */
    private static void answer(HttpExchange exchange) throws IOException {
        String[] answer = ANSWERS.getOrDefault(exchange.getRequestURI().getPath(), new String[] {"404", "no"});
        int status = Integer.parseInt(answer[0]);
        if (status == 302) {
            exchange.getResponseHeaders().add("Location", answer[1]);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The local server's URL of that path, by the allowed host name. */
    private static String local(String path) {
        return "http://" + ALLOWED_HOST + ":" + server.getAddress().getPort() + path;
    }

    private String adfsDiscovery(String host, String scheme) {
        return adfs.getBaseUrl().replace("http://localhost:", scheme + "://" + host + ":") + DISCOVERY;
    }

    private BearerClient.Answer setUp(Organizations.OwnContract contract, String protocol, String metadataUrl) {
        BearerClient api = new BearerClient(realm);
        return api.put("/mdrive/contracts/" + contract.alias() + "/active-directory", api.token(contract.contractor(), DemoRealm.PASSWORD),
                "{\"protocol\": \"" + protocol + "\", \"metadataUrl\": \"" + metadataUrl + "\", \"clientId\": \"" + Brokers.CLIENT_ID
                        + "\", \"clientSecret\": \"" + Brokers.CLIENT_SECRET + "\"}");
    }

    private BearerClient.Answer setUp(Organizations.OwnContract contract, String metadataUrl) {
        return setUp(contract, "oidc", metadataUrl);
    }

    private List<String> adProviders() {
        return realm.admin().identityProviders().findAll().stream().map(IdentityProviderRepresentation::getAlias)
                .filter(alias -> alias.startsWith("adfs-")).sorted().toList();
    }

    private String connectionId(Organizations.OwnContract own) {
        List<String> value = own.resource().toRepresentation().getAttributes().get("mdrive.ad.connection-id");
        return value == null ? null : value.get(0);
    }

    @Test
    @DisplayName("R-SEC-5 metadata URLs on internal addresses, over http, or redirected there from the allowed host are refused 400 and nothing changes")
    void internalMetadataRefused() {
        ANSWERS.put("/to-loopback-http", new String[] {"302", adfsDiscovery("127.0.0.1", "http")});
        ANSWERS.put("/to-loopback-https", new String[] {"302", adfsDiscovery("127.0.0.1", "https")});
        ANSWERS.put("/to-ipv6-loopback", new String[] {"302", adfsDiscovery("[::1]", "https")});
        ANSWERS.put("/to-other-loopback", new String[] {"302", "https://127.0.0.2/adfs/.well-known/openid-configuration"});
        ANSWERS.put("/to-metadata-service", new String[] {"302", "https://169.254.169.254/latest/meta-data/"});
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "ad-guard");
        List<String> providersBefore = adProviders();

        // each of these would have been a real, readable discovery document (the ADFS realm's) but for the guard
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(adfsDiscovery("127.0.0.1", "http"), "mdrive.ad.metadataNotHttps");
        refusals.put(adfsDiscovery("127.0.0.1", "https"), "mdrive.ad.metadataNotPublic");
        refusals.put(adfsDiscovery("[::1]", "https"), "mdrive.ad.metadataNotPublic");
        refusals.put("https://127.0.0.2/adfs" + DISCOVERY, "mdrive.ad.metadataNotPublic");
        refusals.put("https://169.254.169.254/latest/meta-data/", "mdrive.ad.metadataNotPublic");
        refusals.put("https://[fd00:ec2::254]/latest/meta-data/", "mdrive.ad.metadataNotPublic");
        refusals.put("https://10.0.0.5/adfs" + DISCOVERY, "mdrive.ad.metadataNotPublic");
        refusals.put("https://192.168.1.10/adfs" + DISCOVERY, "mdrive.ad.metadataNotPublic");
        refusals.put(local("/to-loopback-http"), "mdrive.ad.metadataNotHttps");
        refusals.put(local("/to-loopback-https"), "mdrive.ad.metadataNotPublic");
        refusals.put(local("/to-ipv6-loopback"), "mdrive.ad.metadataNotPublic");
        refusals.put(local("/to-other-loopback"), "mdrive.ad.metadataNotPublic");
        refusals.put(local("/to-metadata-service"), "mdrive.ad.metadataNotPublic");
        refusals.forEach((url, error) -> {
            BearerClient.Answer answer = setUp(own, url);
            assertEquals(400, answer.status(), url + " " + answer.body());
            assertEquals(error, answer.json().get("error"), url + " " + answer.body());
        });
        BearerClient.Answer redirected = setUp(own, local("/to-metadata-service"));
        assertTrue(((String) redirected.json().get("message")).contains("「https://169.254.169.254/latest/meta-data/」は社内ネットワークなど"),
                "names where the redirect led: " + redirected.body());

        assertNull(connectionId(own), "no connection ID");
        assertEquals(providersBefore, adProviders(), "no identity provider");
        assertEquals(List.of(), Mails.quietTo(mail, own.contractor(), 0), "no connection-ID mail");
    }

    @Test
    @DisplayName("R-SEC-5 a host name that resolves to this machine is refused like its address")
    void ownHostName() throws Exception {
        String hostName = InetAddress.getLocalHost().getHostName();
        InetAddress[] addresses = InetAddress.getAllByName(hostName);
        assumeTrue(!hostName.equalsIgnoreCase(ALLOWED_HOST) && Arrays.stream(addresses)
                        .allMatch(a -> a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()),
                "this machine's name resolves to internal addresses only: " + Arrays.toString(addresses));
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "ad-guard-name");
        BearerClient.Answer answer = setUp(own, "https://" + hostName + ":8443/realms/guard-adfs" + DISCOVERY);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("mdrive.ad.metadataNotPublic", answer.json().get("error"));
        assertNull(connectionId(own));
    }

    @Test
    @DisplayName("R-SEC-5 metadata from the allowed host that names internal endpoints (token, SAML SingleSignOnService) is refused")
    void internalEndpointsRefused() {
        String port = String.valueOf(server.getAddress().getPort());
        ANSWERS.put("/oidc-internal-token", new String[] {"200", """
                {"issuer": "http://localhost:%1$s", "authorization_endpoint": "http://localhost:%1$s/auth",
                 "token_endpoint": "https://169.254.169.254/token", "jwks_uri": "http://localhost:%1$s/jwks"}""".formatted(port)});
        ANSWERS.put("/oidc-internal-userinfo", new String[] {"200", """
                {"issuer": "http://localhost:%1$s", "authorization_endpoint": "http://localhost:%1$s/auth",
                 "token_endpoint": "http://localhost:%1$s/token", "userinfo_endpoint": "http://127.0.0.1:%1$s/userinfo"}""".formatted(port)});
        ANSWERS.put("/saml-internal-sso", new String[] {"200", """
                <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://localhost/adfs/services/trust">
                  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://10.0.0.5/adfs/ls/"/>
                  </IDPSSODescriptor>
                </EntityDescriptor>"""});
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "ad-guard-endpoints");
        List<String> providersBefore = adProviders();

        BearerClient.Answer token = setUp(own, local("/oidc-internal-token"));
        assertEquals(400, token.status(), token.body());
        assertEquals("mdrive.ad.endpointNotAllowed", token.json().get("error"));
        assertTrue(((String) token.json().get("message")).contains("https://169.254.169.254/token"), token.body());
        BearerClient.Answer userInfo = setUp(own, local("/oidc-internal-userinfo"));
        assertEquals("mdrive.ad.endpointNotAllowed", userInfo.json().get("error"), userInfo.body());
        BearerClient.Answer saml = setUp(own, "saml", local("/saml-internal-sso"));
        assertEquals(400, saml.status(), saml.body());
        assertEquals("mdrive.ad.endpointNotAllowed", saml.json().get("error"));
        assertTrue(((String) saml.json().get("message")).contains("https://10.0.0.5/adfs/ls/"), saml.body());

        assertNull(connectionId(own));
        assertEquals(providersBefore, adProviders());
        assertEquals(List.of(), Mails.quietTo(mail, own.contractor(), 0));
    }

    @Test
    @DisplayName("R-SEC-5 the legitimate path: a redirect from the allowed host to the allowed host's metadata sets AD up")
    void allowedRedirectFollowed() {
        ANSWERS.put("/moved", new String[] {"302", adfs.getBaseUrl() + DISCOVERY});
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "ad-guard-moved");
        BearerClient.Answer answer = setUp(own, local("/moved"));
        assertEquals(200, answer.status(), answer.body());
        String connectionId = (String) answer.json().get("adConnectionId");
        assertEquals(connectionId, connectionId(own));
        assertTrue(adProviders().contains(connectionId));
        assertEquals(1, Mails.quietTo(mail, own.contractor(), 1).size());
    }

    @Test
    @DisplayName("R-SEC-5 the Active Directory設定 page refuses the cloud metadata service with the message, and stores nothing")
    void refusedOnThePage() {
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "ad-guard-page");
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = SettingsMenu.signInAndOpen(browser, own.contractor(), "active-directory");
        BrowserFlowClient.Page refused = SettingsMenu.submit(browser, page, "mdrive-settings-ad-form", Map.of("protocol", "oidc",
                "metadataUrl", "https://169.254.169.254/latest/meta-data/", "clientId", Brokers.CLIENT_ID,
                "clientSecret", Brokers.CLIENT_SECRET));
        assertTrue(refused.says("メタデータURL「https://169.254.169.254/latest/meta-data/」は社内ネットワークなどインターネットに公開されていないアドレスを指しているため、読み込めません。"),
                refused.body());
        BrowserFlowClient.Page http = SettingsMenu.submit(browser, refused, "mdrive-settings-ad-form", Map.of("protocol", "oidc",
                "metadataUrl", adfsDiscovery("127.0.0.1", "http"), "clientId", Brokers.CLIENT_ID, "clientSecret", Brokers.CLIENT_SECRET));
        assertTrue(http.says("https:// で始まるURLを指定してください。"), http.body());
        assertFalse(http.says("Active Directoryの設定が完了しました。"));
        assertNull(connectionId(own));
        assertEquals(List.of(), Mails.quietTo(mail, own.contractor(), 0));
    }
}
