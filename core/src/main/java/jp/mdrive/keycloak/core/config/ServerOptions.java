package jp.mdrive.keycloak.core.config;

import org.keycloak.Config;

/**
 * The bundle's server options, all under the scope of the realm resource that serves
 * {@code /realms/{realm}/mdrive} ({@code --spi-realm-restapi-extension--mdrive--…}), so an operator
 * finds them in one place. Each feature reads its own options here, where it lives, instead of asking
 * another module's factory for them.
 */
public final class ServerOptions {

    private ServerOptions() {
    }

    public static String get(String key, String defaultValue) {
        return Config.scope("realm-restapi-extension", "mdrive").get(key, defaultValue);
    }
}
