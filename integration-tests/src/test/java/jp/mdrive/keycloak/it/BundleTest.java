package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** R-OPS-1: the one jar in providers/ brings every provider, and the libraries they need load. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class BundleTest {

    @InjectAdminClient
    Keycloak admin;

    @Test
    @DisplayName("R-OPS-1 R-OPS-4 R-2SV-9 R-LINE-3 the server lists our SPIs and providers; the SNS sender started with its bundled AWS SDK")
    void providersDeployed() {
        Map<String, SpiInfoRepresentation> spis = admin.serverInfo().getInfo().getProviders();

        assertEquals(Set.of("sns", "log"), spis.get("mdrive-sms-sender").getProviders().keySet());
        assertTrue(spis.get("authenticator").getProviders().keySet().containsAll(Set.of(
                "mdrive-password-form", "mdrive-direct-grant-password", "mdrive-reset-request", "mdrive-reset-mail",
                "mdrive-reset-password", "mdrive-connection-id", "mdrive-two-step-verification", "mdrive-direct-grant-2sv",
                "mdrive-route-check", "mdrive-direct-grant-route")));
        assertEquals(Set.of("header"), spis.get("mdrive-line-gateway").getProviders().keySet());
        assertEquals(Set.of("default"), spis.get("mdrive-mail-outbox").getProviders().keySet());
        assertEquals(Set.of("template", "password-reset"), spis.get("mdrive-mail-job").getProviders().keySet());
        assertTrue(spis.get("required-action").getProviders().containsKey("mdrive-reset-two-step-verification"));
        assertTrue(spis.get("password-policy").getProviders().containsKey("mdrive-character-classes"));
        assertTrue(spis.get("eventsListener").getProviders().containsKey("mdrive-lockout-mail"));
        assertTrue(spis.get("actionTokenHandler").getProviders().containsKey("mdrive-unlock-account"));
        assertTrue(spis.get("realm-restapi-extension").getProviders().containsKey("mdrive"));
    }
}
