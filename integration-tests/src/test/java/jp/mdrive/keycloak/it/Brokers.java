package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** External identity providers played by other realms of the test server, so Keycloak's real broker code runs. */
final class Brokers {

    /** The aliases of the realm export's providers, in the login page's order. */
    static final String GOOGLE = "google";
    static final String FACEBOOK = "facebook";
    static final String MICROSOFT = "microsoft";
    static final List<String> ALIASES = List.of(GOOGLE, FACEBOOK, MICROSOFT, "d-account");

    /** The client of realm mdrive in the realms that play providers. */
    static final String CLIENT_ID = "mdrive-broker";
    static final String CLIENT_SECRET = "broker-secret";

    private Brokers() {
    }

    /**
     * Registers the other realm in realm mdrive as a hidden OIDC provider under that alias, with the
     * M-Drive first and post broker flows, once; an imported provider of that alias (say the real
     * Google) is replaced.
     */
    static void registerOidc(ManagedRealm realm, ManagedRealm provider, String alias) {
        var existing = realm.admin().identityProviders().findAll().stream().filter(i -> alias.equals(i.getAlias())).findFirst();
        if (existing.isPresent() && "oidc".equals(existing.get().getProviderId())) {
            return;
        }
        existing.ifPresent(imported -> realm.admin().identityProviders().get(alias).remove());
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(alias);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setHideOnLogin(true);
        idp.setFirstBrokerLoginFlowAlias("mdrive first broker login");
        idp.setPostBrokerLoginFlowAlias("mdrive post broker login");
        String protocol = provider.getBaseUrl() + "/protocol/openid-connect";
        idp.setConfig(Map.of("clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET,
                "authorizationUrl", protocol + "/auth", "tokenUrl", protocol + "/token",
                "clientAuthMethod", "client_secret_post", "syncMode", "IMPORT", "defaultScope", "openid email profile"));
        try (Response created = realm.admin().identityProviders().create(idp)) {
            assertEquals(201, created.getStatus());
        }
    }
}
