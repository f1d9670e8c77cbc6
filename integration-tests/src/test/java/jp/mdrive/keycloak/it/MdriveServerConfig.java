package jp.mdrive.keycloak.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The server every test class shares: a stock distribution with our one bundle jar in providers/,
 * plus the test framework's remote providers (time offset) for every class alike, so that no class
 * forces a restart with a different provider set.
 */
public class MdriveServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config.dependency("jp.mdrive.keycloak", "mdrive-keycloak-bundle")
                .dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers");
    }
}
