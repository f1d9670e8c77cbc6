package jp.mdrive.keycloak.core.upgrade;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** One step of {@link RealmUpgrades}: brings a realm of an earlier release to {@link #version()}. */
public interface UpgradeStep {

    ConfigVersion version();

    /** Runs inside the realm's upgrade transaction; an exception rolls the whole upgrade of the realm back. */
    void apply(KeycloakSession session, RealmModel realm);
}
