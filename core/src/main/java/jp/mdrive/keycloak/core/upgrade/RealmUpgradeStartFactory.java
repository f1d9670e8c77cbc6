package jp.mdrive.keycloak.core.upgrade;

import org.keycloak.models.KeycloakSessionFactory;

import jp.mdrive.keycloak.core.spi.StartupHookFactory;

/**
 * Registers {@link RealmUpgradesAtStart} at every start of every node, with the steps of this
 * release and the export this jar carries (read here, so a jar without it fails at start, not later).
 */
public class RealmUpgradeStartFactory extends StartupHookFactory {

    public static final String ID = "mdrive-realm-upgrade";

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new RealmUpgradesAtStart(RealmUpgrades.ofThisRelease(BundledExport.fromJar())));
    }

    @Override
    public String getId() {
        return ID;
    }
}
