package jp.mdrive.keycloak.it;

import java.util.Map;

import org.keycloak.testframework.realm.ManagedRealm;

/** R-LOCK-1: the login flow's lockout threshold, which every password check reads, changed as an operator does and put back after. */
final class LockoutSetting {

    private LockoutSetting() {
    }

    static void withThreshold(ManagedRealm realm, int threshold, Runnable body) {
        StepSettings.with(realm, "mdrive sign-in method", "mdrive-password-form",
                Map.of("mdrive.lockout.threshold", Integer.toString(threshold)), body);
    }
}
