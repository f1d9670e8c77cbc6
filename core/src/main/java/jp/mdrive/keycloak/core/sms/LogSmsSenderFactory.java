package jp.mdrive.keycloak.core.sms;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The development gateway: the message goes to the server log (and so to bin/start's console and
 * .run/keycloak.log) instead of a phone. It prints codes, so every message is a warning that says
 * it was not sent; production uses {@code sns}.
 */
public class LogSmsSenderFactory implements SmsSenderFactory {

    public static final String ID = "log";

    private static final Logger LOG = Logger.getLogger(LogSmsSenderFactory.class);

    private static final SmsSender SENDER = new SmsSender() {
        @Override
        public void send(String phoneNumber, String message) {
            LOG.warnf("[SMS to %s, not sent: development sender 'log'] %s", phoneNumber, message);
        }

        @Override
        public void close() {
        }
    };

    @Override
    public SmsSender create(KeycloakSession session) {
        return SENDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
