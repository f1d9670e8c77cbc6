package jp.mdrive.keycloak.core.spi;

import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;

/**
 * An event-listener factory used only for its {@code postInit}, to start work at every server start
 * (as Keycloak schedules its own workflow runner): its listener does nothing, so no realm needs to
 * list it. Server options of the work are {@code --spi-events-listener--<id>--…}.
 */
public abstract class StartupHookFactory implements EventListenerProviderFactory {

    private static final EventListenerProvider NOTHING = new EventListenerProvider() {
        @Override
        public void onEvent(Event event) {
        }

        @Override
        public void onEvent(AdminEvent event, boolean includeRepresentation) {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public final EventListenerProvider create(KeycloakSession session) {
        return NOTHING;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void close() {
    }
}
