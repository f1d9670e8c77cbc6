package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

public class MdriveResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    MdriveResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new MdriveResource(session);
    }

    @Override
    public void close() {
    }
}
