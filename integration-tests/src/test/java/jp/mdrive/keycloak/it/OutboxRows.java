package jp.mdrive.keycloak.it;

import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;
import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;

import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.mail.outbox.OutboxEntity;

/** The mail outbox table inside the server, as an operator's SQL query sees it. */
final class OutboxRows {

    static final String LOCK_SUBJECT = "mdrive.mail.accountLocked.subject";
    static final String LOCK_TEMPLATE = "mdrive-account-locked.ftl";

    private OutboxRows() {
    }

    /** The user's mails as "STATE attempts" joined by ", ", oldest first; "" when there is none. */
    static FetchOnServer of(String realmName, String userId) {
        return session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select o from MdriveMailOutbox o where o.realmId = :realmId and o.kind = 'template'"
                        + " and o.payload like :user order by o.createdAt", OutboxEntity.class)
                .setParameter("realmId", session.realms().getRealmByName(realmName).getId())
                .setParameter("user", "%\"userId\":\"" + userId + "\"%")
                .getResultStream()
                .map(row -> row.getState() + " " + row.getAttempts())
                .collect(Collectors.joining(", "));
    }

    /** A lock mail asked for in a transaction of its own, which then commits or rolls back. */
    static RunOnServer lockMailIn(String realmName, String userId, boolean rollBack) {
        return session -> KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), job -> {
            RealmModel realm = job.realms().getRealmByName(realmName);
            job.getContext().setRealm(realm);
            UserModel user = job.users().getUserById(realm, userId);
            MdriveMail.sendAfterCommit(job, realm, user, LOCK_SUBJECT, LOCK_TEMPLATE,
                    Map.of("link", "https://m-drive.example/unblock", "validDays", 14));
            if (rollBack) {
                job.getTransactionManager().setRollbackOnly();
            }
        });
    }
}
