package jp.mdrive.keycloak.core.mail;

import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * Sends an M-Drive mail (a template of the realm's email theme) after the request has committed,
 * on Keycloak's executor, in a session of its own. The request never waits for SMTP, so its timing
 * says nothing about whether a mail went out (R-LOCK-4), and a rolled-back request sends nothing.
 * The mail is in the user's language, else the realm's, never that of whoever made the request.
 */
public final class MdriveMail {

    private static final Logger LOG = Logger.getLogger(MdriveMail.class);
    private static final String EXECUTOR = "mdrive-mail";

    private MdriveMail() {
    }

    public static void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String subjectKey,
                                       String template, Map<String, Object> attributes) {
        sendAfterCommit(session, realm, user, null, subjectKey, template, attributes);
    }

    /**
     * As above, to {@code address} instead of the user's own: an e-mail change is confirmed at the
     * new address before it becomes the user's.
     */
    public static void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String address,
                                       String subjectKey, String template, Map<String, Object> attributes) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        String userId = user.getId();
        Map<String, Object> bodyAttributes = new HashMap<>(attributes);
        bodyAttributes.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        Runnable send = () -> KeycloakModelUtils.runJobInTransaction(factory, mailSession -> {
            RealmModel mailRealm = mailSession.realms().getRealm(realmId);
            mailSession.getContext().setRealm(mailRealm);
            UserModel recipient = mailSession.users().getUserById(mailRealm, userId);
            if (recipient == null) {
                return;
            }
            if (address != null) {
                recipient = new UserModelDelegate(recipient) {
                    @Override
                    public String getEmail() {
                        return address;
                    }
                };
            }
            try {
                mailSession.getProvider(EmailTemplateProvider.class).setRealm(mailRealm).setUser(recipient)
                        .send(subjectKey, template, bodyAttributes);
            } catch (EmailException e) {
                LOG.errorf(e, "Could not send mail %s to user %s", template, userId);
            }
        });
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR).execute(send);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }
}
