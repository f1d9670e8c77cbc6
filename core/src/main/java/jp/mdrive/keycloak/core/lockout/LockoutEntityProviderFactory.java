package jp.mdrive.keycloak.core.lockout;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

public class LockoutEntityProviderFactory implements JpaEntityProviderFactory, NoLifecycleFactory<JpaEntityProvider> {

    static final String ID = "mdrive-lockout";

    private static final LockoutEntityProvider PROVIDER = new LockoutEntityProvider();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    /** Failures of a deleted user or realm go with it; the table has no foreign keys to cascade. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                entityManager(removed.getKeycloakSession())
                        .createQuery("delete from MdriveLoginFailure f where f.userId = :userId")
                        .setParameter("userId", removed.getUser().getId())
                        .executeUpdate();
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                entityManager(removed.getKeycloakSession())
                        .createQuery("delete from MdriveLoginFailure f where f.realmId = :realmId")
                        .setParameter("realmId", removed.getRealm().getId())
                        .executeUpdate();
            }
        });
    }

    private static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
