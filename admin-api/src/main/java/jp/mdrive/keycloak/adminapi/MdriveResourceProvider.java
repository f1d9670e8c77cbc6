package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

record MdriveResourceProvider(KeycloakSession session) implements RealmResourceProvider {

    @Override
    public Object getResource() {
        return new MdriveResource(session);
    }

    @Override
    public void close() {
    }
}
