package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

public class MdriveResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final String topUrl;

    MdriveResourceProvider(KeycloakSession session, String topUrl) {
        this.session = session;
        this.topUrl = topUrl;
    }

    @Override
    public Object getResource() {
        return new MdriveResource(session, topUrl);
    }

    @Override
    public void close() {
    }
}
