package jp.mdrive.keycloak.it;

import java.util.HashMap;
import java.util.Map;

import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** R-LOCK-1: the login flow's lockout threshold, changed as an operator does and put back after. */
final class LockoutSetting {

    private LockoutSetting() {
    }

    static void withThreshold(ManagedRealm realm, int threshold, Runnable body) {
        AuthenticatorConfigRepresentation lockout = loginFlowConfig(realm);
        Map<String, String> original = Map.copyOf(lockout.getConfig());
        lockout.getConfig().put("mdrive.lockout.threshold", Integer.toString(threshold));
        realm.admin().flows().updateAuthenticatorConfig(lockout.getId(), lockout);
        try {
            body.run();
        } finally {
            lockout.setConfig(new HashMap<>(original));
            realm.admin().flows().updateAuthenticatorConfig(lockout.getId(), lockout);
        }
    }

    /** The config of the login flow's password step, which every password check reads. */
    private static AuthenticatorConfigRepresentation loginFlowConfig(ManagedRealm realm) {
        String id = realm.admin().flows().getExecutions("mdrive sign-in method").stream()
                .filter(e -> "mdrive-password-form".equals(e.getProviderId()))
                .findFirst().orElseThrow().getAuthenticationConfig();
        return realm.admin().flows().getAuthenticatorConfig(id);
    }
}
