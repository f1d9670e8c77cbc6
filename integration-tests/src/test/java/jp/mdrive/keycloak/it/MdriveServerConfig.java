package jp.mdrive.keycloak.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/** The server every test class shares: a stock distribution with our one bundle jar in providers/. */
public class MdriveServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config.dependency("jp.mdrive.keycloak", "mdrive-keycloak-bundle");
    }
}
