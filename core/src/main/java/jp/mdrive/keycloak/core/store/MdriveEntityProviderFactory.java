package jp.mdrive.keycloak.core.store;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import jp.mdrive.keycloak.core.code.DurableSlots;
import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * Our tables in Keycloak's database. Keycloak keeps the applied change sets of each such factory in a
 * table named after the first ten letters of its id ({@code DATABASECHANGELOG_MDRIVE}; the lockout's
 * is {@code …_MDRIVE_LOC}), so the id never changes and no other factory's may start like it.
 */
public class MdriveEntityProviderFactory implements JpaEntityProviderFactory, NoLifecycleFactory<JpaEntityProvider> {

    static final String ID = "mdrive";

    private static final MdriveEntityProvider PROVIDER = new MdriveEntityProvider();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        DurableSlots.scheduleCleanup(factory);
    }
}
