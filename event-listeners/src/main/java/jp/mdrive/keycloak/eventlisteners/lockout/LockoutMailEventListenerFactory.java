package jp.mdrive.keycloak.eventlisteners.lockout;

import java.time.Duration;

import jp.mdrive.keycloak.core.maillink.MailLinks;
import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Enabled per realm (realm mdrive lists it). The link lifespan is server configuration:
 * {@code --spi-events-listener--mdrive-lockout-mail--link-lifespan-days=14}.
 */
public class LockoutMailEventListenerFactory implements EventListenerProviderFactory, NoLifecycleFactory<EventListenerProvider> {

    public static final String ID = "mdrive-lockout-mail";

    private Duration linkLifespan = MailLinks.DEFAULT_LIFESPAN;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LockoutMailEventListener(session, linkLifespan);
    }

    @Override
    public void init(Config.Scope config) {
        linkLifespan = Duration.ofDays(config.getInt("linkLifespanDays", (int) MailLinks.DEFAULT_LIFESPAN.toDays()));
    }

    @Override
    public String getId() {
        return ID;
    }
}
