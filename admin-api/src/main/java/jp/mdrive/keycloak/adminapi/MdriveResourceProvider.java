package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

public class MdriveResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final LoginUrls loginUrls;

    MdriveResourceProvider(KeycloakSession session, LoginUrls loginUrls) {
        this.session = session;
        this.loginUrls = loginUrls;
    }

    @Override
    public Object getResource() {
        return new MdriveResource(session, loginUrls);
    }

    @Override
    public void close() {
    }
}
