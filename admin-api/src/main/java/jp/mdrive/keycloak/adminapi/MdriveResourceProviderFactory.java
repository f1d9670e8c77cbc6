package jp.mdrive.keycloak.adminapi;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts our REST resources and the settings menu's way in under {@code /realms/{realm}/mdrive}. Its
 * server options belong to the features that read them ({@code ServerOptions}).
 */
public class MdriveResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "mdrive";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new MdriveResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
