package jp.mdrive.keycloak.it;

import java.util.HashMap;
import java.util.Map;

import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** A flow step's settings changed for a test as an operator edits them in the admin console, and put back whatever happens. */
final class StepSettings {

    private StepSettings() {
    }

    static void with(ManagedRealm realm, String flow, String providerId, Map<String, String> changes, Runnable test) {
        AuthenticationManagementResource flows = realm.admin().flows();
        String id = flows.getExecutions(flow).stream()
                .filter(e -> providerId.equals(e.getProviderId()))
                .findFirst().orElseThrow().getAuthenticationConfig();
        AuthenticatorConfigRepresentation settings = flows.getAuthenticatorConfig(id);
        Map<String, String> original = Map.copyOf(settings.getConfig());
        settings.getConfig().putAll(changes);
        flows.updateAuthenticatorConfig(id, settings);
        try {
            test.run();
        } finally {
            settings.setConfig(new HashMap<>(original));
            flows.updateAuthenticatorConfig(id, settings);
        }
    }
}
