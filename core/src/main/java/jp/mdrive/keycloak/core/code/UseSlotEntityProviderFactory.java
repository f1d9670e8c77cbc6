package jp.mdrive.keycloak.core.code;

import java.time.Duration;
import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.TimerProvider;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * Registers the table of {@link DurableSlots} and deletes its expired rows every hour on every
 * node: the delete is idempotent, so no node needs to be the one that runs it.
 */
public class UseSlotEntityProviderFactory implements JpaEntityProviderFactory, NoLifecycleFactory<JpaEntityProvider> {

    static final String ID = "mdrive-use-slots";
    private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(UseSlotEntity.class);
        }

        @Override
        public String getChangelogLocation() {
            return "META-INF/mdrive-use-slots-changelog.xml";
        }

        @Override
        public String getFactoryId() {
            return ID;
        }

        @Override
        public void close() {
        }
    };

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
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .scheduleTask(DurableSlots::removeExpired, CLEANUP_INTERVAL.toMillis(), "mdrive-use-slot-cleanup"));
    }
}
