package jp.mdrive.keycloak.core.mail;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

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
 * on Keycloak's executor, in a session of its own. The request never waits for SMTP, and a
 * rolled-back request sends nothing. The mail is in the user's language, else the realm's, never
 * that of whoever made the request.
 * <p>
 * R-SEC-7: the work starts {@link #DELAY} after the commit. Rendering and sending a mail costs CPU;
 * started at once it would overlap the answer of the request that asked for it and slow exactly
 * those answers that sent a mail (a password reset for a registered address). Started later, it
 * falls on whichever requests run then, whatever they asked.
 */
public final class MdriveMail {

    static final Duration DELAY = Duration.ofSeconds(1);

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
        String userId = user.getId();
        Map<String, Object> bodyAttributes = new HashMap<>(attributes);
        afterCommit(session, realm, (mailSession, mailRealm) -> {
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
            send(mailSession, mailRealm, recipient, subjectKey, template, bodyAttributes);
        });
    }

    /** Work of a request that is done after it has committed, in a session of its own with the realm set. */
    @FunctionalInterface
    public interface Job {
        void run(KeycloakSession session, RealmModel realm);
    }

    /**
     * Runs the job {@link #DELAY} after the request has committed, on the mail executor, in a
     * transaction of its own; nothing if the request rolls back.
     */
    public static void afterCommit(KeycloakSession session, RealmModel realm, Job job) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        Runnable run = () -> KeycloakModelUtils.runJobInTransaction(factory, jobSession -> {
            RealmModel jobRealm = jobSession.realms().getRealm(realmId);
            if (jobRealm == null) {
                return;
            }
            jobSession.getContext().setRealm(jobRealm);
            job.run(jobSession, jobRealm);
        });
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                Executor executor = session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR);
                CompletableFuture.delayedExecutor(DELAY.toMillis(), TimeUnit.MILLISECONDS, executor).execute(run);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    /** Sends now, in the session at hand: for work already running after its request (see {@link #afterCommit}). */
    public static void send(KeycloakSession session, RealmModel realm, UserModel recipient, String subjectKey, String template,
                            Map<String, Object> attributes) {
        Map<String, Object> bodyAttributes = new HashMap<>(attributes);
        bodyAttributes.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient).send(subjectKey, template, bodyAttributes);
        } catch (EmailException e) {
            LOG.errorf(e, "Could not send mail %s to user %s", template, recipient.getId());
        }
    }
}
