package jp.mdrive.keycloak.core.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;
import org.keycloak.util.JsonSerialization;

import jp.mdrive.keycloak.core.mail.outbox.GivenUpMail;
import jp.mdrive.keycloak.core.mail.outbox.MailJob;

/** The outbox rows of {@link MdriveMail}: renders the realm's email theme template for the user and sends it. */
final class TemplateMailJob implements MailJob {

    static final String KIND = "template";

    /**
     * @param address where to send instead of the user's own address, or null
     * @param attributes the template's, JSON-safe (text and numbers)
     */
    record Mail(String userId, String address, String subjectKey, String template, Map<String, Object> attributes) {
    }

    /** Throws on {@link EmailException} (SMTP down or refusing), so the outbox tries again. */
    @Override
    public void run(KeycloakSession session, RealmModel realm, String payload) throws EmailException {
        Mail mail = read(payload);
        UserModel recipient = session.users().getUserById(realm, mail.userId());
        if (recipient == null) {
            return;
        }
        if (mail.address() != null) {
            recipient = new UserModelDelegate(recipient) {
                @Override
                public String getEmail() {
                    return mail.address();
                }
            };
        }
        Map<String, Object> body = new HashMap<>(mail.attributes());
        body.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient).send(mail.subjectKey(), mail.template(), body);
    }

    @Override
    public void describe(EventBuilder event, String payload) {
        Mail mail = read(payload);
        event.user(mail.userId()).detail(GivenUpMail.TEMPLATE, mail.template());
    }

    private static Mail read(String payload) {
        try {
            return JsonSerialization.readValue(payload, Mail.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
