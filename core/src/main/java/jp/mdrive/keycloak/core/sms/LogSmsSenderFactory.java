package jp.mdrive.keycloak.core.sms;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * The development gateway: the message goes to the server log (bin/start's console and
 * .run/keycloak.log) and, as a mail to {@code <number>@sms.localhost} through the realm's SMTP
 * settings, to the dev stack's mail catcher page, instead of a phone. It prints codes, so every
 * message is a warning that says it was not sent; production uses {@code sns}.
 */
public class LogSmsSenderFactory implements SmsSenderFactory, NoLifecycleFactory<SmsSender> {

    public static final String ID = "log";
    static final String MAIL_DOMAIN = "sms.localhost";

    private static final Logger LOG = Logger.getLogger(LogSmsSenderFactory.class);

    @Override
    public SmsSender create(KeycloakSession session) {
        return new SmsSender() {
            @Override
            public void send(String phoneNumber, String message) {
                LOG.warnf("[SMS to %s, not sent: development sender 'log'] %s", phoneNumber, message);
                copyToMailCatcher(session, phoneNumber, message);
            }

            @Override
            public void close() {
            }
        };
    }

    private static void copyToMailCatcher(KeycloakSession session, String phoneNumber, String message) {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || realm.getSmtpConfig() == null || realm.getSmtpConfig().isEmpty()) {
            return;
        }
        try {
            session.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(),
                    phoneNumber.replace("+", "") + "@" + MAIL_DOMAIN, "SMS " + phoneNumber, message, null);
        } catch (EmailException e) {
            LOG.warnf("Development SMS to %s not copied to the mail catcher: %s", phoneNumber, e.getMessage());
        }
    }

    @Override
    public String getId() {
        return ID;
    }
}
