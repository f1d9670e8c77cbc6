package jp.mdrive.keycloak.core.upgrade;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.cluster.ExecutionResult;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Runs {@link RealmUpgrades} on every realm once Keycloak has migrated its database and imported the
 * realms of {@code --import-realm} (Keycloak publishes {@link PostMigrationEvent} after both, so a
 * realm imported from an old export at this start is upgraded at this start). Each realm in a
 * transaction of its own, behind a cluster-wide task key: of nodes starting together one upgrades,
 * the others skip it, and the version check inside the transaction makes a later node find nothing
 * to do. A failure is logged with the realm and step and leaves the realm at its old version; the
 * server starts anyway.
 */
final class RealmUpgradesAtStart implements ProviderEventListener {

    static final String TASK_PREFIX = "mdrive-realm-upgrade::";
    /** Far above what an upgrade takes; after a node died mid-upgrade, the next start after this retries. */
    private static final int TASK_TIMEOUT_SECONDS = 300;
    private static final Logger LOG = Logger.getLogger(RealmUpgradesAtStart.class);

    private final RealmUpgrades upgrades;

    RealmUpgradesAtStart(RealmUpgrades upgrades) {
        this.upgrades = upgrades;
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof PostMigrationEvent migrated) {
            upgradeAll(migrated.getFactory());
        }
    }

    private void upgradeAll(KeycloakSessionFactory factory) {
        List<Named> realms = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> session.realms().getRealmsStream().map(realm -> new Named(realm.getId(), realm.getName())).toList());
        realms.forEach(realm -> upgradeOnce(factory, realm));
    }

    /**
     * Keycloak publishes this event without catching, so anything thrown here would stop the node's
     * start; the cluster's own answer (held by another node, or not to be had while the cluster forms)
     * is logged instead, and the next start asks again.
     */
    private void upgradeOnce(KeycloakSessionFactory factory, Named realm) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                ExecutionResult<Void> result = session.getProvider(ClusterProvider.class)
                        .executeIfNotExecuted(TASK_PREFIX + realm.id(), TASK_TIMEOUT_SECONDS, () -> {
                            upgrade(factory, realm);
                            return null;
                        });
                if (!result.isExecuted()) {
                    LOG.debugf("Realm %s is being upgraded by another node", realm.name());
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Realm %s not upgraded at this start, the cluster could not be asked whether another node upgrades it;"
                    + " the next start of a node tries again", realm.name());
        }
    }

    private void upgrade(KeycloakSessionFactory factory, Named named) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(named.id());
                session.getContext().setRealm(realm);
                upgrades.upgrade(session, realm).ifPresent(upgrade -> LOG.infof(
                        "Realm %s upgraded from M-Drive configuration %s to %s", named.name(), upgrade.fromText(), upgrade.to()));
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Realm %s left at its M-Drive configuration as it was, nothing changed: %s", named.name(), e.getMessage());
        }
    }

    private record Named(String id, String name) {
    }
}
