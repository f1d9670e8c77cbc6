package jp.mdrive.keycloak.adminapi;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts our REST resources under {@code /realms/{realm}/mdrive}. */
public class MdriveResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "mdrive";

    @Override
    public String getId() {
        return ID;
    }

    private LoginUrls loginUrls = new LoginUrls(LoginUrls.DEFAULT, LoginUrls.DEFAULT);

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new MdriveResourceProvider(session, loginUrls);
    }

    @Override
    public void init(Config.Scope config) {
        loginUrls = new LoginUrls(config.get("adLoginUrl", LoginUrls.DEFAULT), config.get("adLineLoginUrl", LoginUrls.DEFAULT));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
