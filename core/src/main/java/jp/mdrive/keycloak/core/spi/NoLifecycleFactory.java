package jp.mdrive.keycloak.core.spi;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/**
 * Keycloak's factory lifecycle hooks as nothing to do, which is what most of our factories need: one
 * that reads server options, registers a listener or holds a resource overrides just that hook.
 */
public interface NoLifecycleFactory<T extends Provider> extends ProviderFactory<T> {

    @Override
    default void init(Config.Scope config) {
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    default void close() {
    }
}
