package jp.mdrive.keycloak.core.lockout;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers the lockout table with Keycloak's JPA store and its Liquibase changelog. */
public class LockoutEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(LoginFailureEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/mdrive-lockout-changelog.xml";
    }

    @Override
    public String getFactoryId() {
        return LockoutEntityProviderFactory.ID;
    }

    @Override
    public void close() {
    }
}
