package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * Mounts our REST resources and the settings menu's way in under {@code /realms/{realm}/mdrive}. Its
 * server options belong to the features that read them ({@code ServerOptions}).
 */
public class MdriveResourceProviderFactory implements RealmResourceProviderFactory, NoLifecycleFactory<RealmResourceProvider> {

    public static final String ID = "mdrive";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new MdriveResourceProvider(session);
    }
}
