package jp.mdrive.keycloak.adminapi;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import jp.mdrive.keycloak.core.activedirectory.LoginUrls;
import jp.mdrive.keycloak.core.activedirectory.LoginUrlsSource;

/** Mounts our REST resources under {@code /realms/{realm}/mdrive}. */
public class MdriveResourceProviderFactory implements RealmResourceProviderFactory, LoginUrlsSource {

    public static final String ID = "mdrive";

    @Override
    public String getId() {
        return ID;
    }

    /** Where トップ画面へ leads: the service's top page; by default the realm's account page. */
    static final String DEFAULT_TOP_URL = "{realmUrl}/account/";

    private LoginUrls loginUrls = new LoginUrls(LoginUrls.DEFAULT, LoginUrls.DEFAULT);
    private String topUrl = DEFAULT_TOP_URL;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new MdriveResourceProvider(session, loginUrls, topUrl);
    }

    @Override
    public void init(Config.Scope config) {
        loginUrls = new LoginUrls(config.get("adLoginUrl", LoginUrls.DEFAULT), config.get("adLineLoginUrl", LoginUrls.DEFAULT));
        topUrl = config.get("topUrl", DEFAULT_TOP_URL);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public LoginUrls adLoginUrls() {
        return loginUrls;
    }
}
