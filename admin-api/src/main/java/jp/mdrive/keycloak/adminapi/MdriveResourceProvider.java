package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

import jp.mdrive.keycloak.core.activedirectory.LoginUrls;

public class MdriveResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final LoginUrls loginUrls;
    private final String topUrl;

    MdriveResourceProvider(KeycloakSession session, LoginUrls loginUrls, String topUrl) {
        this.session = session;
        this.loginUrls = loginUrls;
        this.topUrl = topUrl;
    }

    @Override
    public Object getResource() {
        return new MdriveResource(session, loginUrls, topUrl);
    }

    @Override
    public void close() {
    }
}
