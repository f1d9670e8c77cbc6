package jp.mdrive.keycloak.core.store;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import jp.mdrive.keycloak.core.code.UseSlotEntity;
import jp.mdrive.keycloak.core.mail.outbox.OutboxEntity;

/** Registers our tables with Keycloak's JPA store and their Liquibase master changelog. */
public class MdriveEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(OutboxEntity.class, UseSlotEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/mdrive-changelog-master.xml";
    }

    @Override
    public String getFactoryId() {
        return MdriveEntityProviderFactory.ID;
    }

    @Override
    public void close() {
    }
}
