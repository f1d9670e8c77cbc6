package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * R-OPS-8: the admin console's provider info (*Provider info* tab of the master realm, read here
 * through the admin API it uses) says which release runs and how the providers with settings are
 * set, and never shows a secret.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ServerInfoTest {

    @InjectAdminClient
    Keycloak admin;

    private Map<String, String> info(ServerInfoRepresentation server, String spi, String provider) {
        return server.getProviders().get(spi).getProviders().get(provider).getOperationalInfo();
    }

    @Test
    @DisplayName("R-OPS-8 R-OPS-9 the SMS sender, the line gateway and the mail outbox show the bundle's version and commit and their settings")
    void providersShowVersionAndSettings() {
        ServerInfoRepresentation server = admin.serverInfo().getInfo();
        Map<String, String> sns = info(server, "mdrive-sms-sender", "sns");
        Map<String, String> gateway = info(server, "mdrive-line-gateway", "header");
        Map<String, String> outbox = info(server, "mdrive-mail-outbox", "default");

        for (Map<String, String> each : List.of(sns, gateway, outbox)) {
            assertEquals(System.getProperty("mdrive.project.version"), each.get("version"), each.toString());
            assertTrue(each.get("commit").matches("[0-9a-f]{40}"), each.toString());
        }
        assertEquals("ap-northeast-1", sns.get("region"));
        assertEquals("access key from the server options", sns.get("credentials"));
        assertEquals("http://127.0.0.1:" + FakeSns.PORT, sns.get("endpoint"));
        assertEquals("5", sns.get("timeoutSeconds"));
        assertEquals("X-Mdrive-Line-Id", gateway.get("headerName"));
        assertEquals("::1/128,192.0.2.0/24", gateway.get("trustedProxies"));
        assertEquals("PT1S", outbox.get("pollInterval"));
    }

    @Test
    @DisplayName("R-OPS-8 no provider info shows the SNS keys")
    void noSecrets() {
        String everything = admin.serverInfo().getInfo().getProviders().values().stream()
                .flatMap(spi -> spi.getProviders().values().stream())
                .filter(provider -> provider.getOperationalInfo() != null)
                .map(provider -> provider.getOperationalInfo().toString())
                .reduce("", String::concat);
        assertFalse(everything.contains("wJalrXUtnFEMI"), "the secret key");
        assertFalse(everything.contains("AKIDEXAMPLE"), "the access key id");
    }
}
