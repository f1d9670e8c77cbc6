package jp.mdrive.keycloak.core.activedirectory;

import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * The server options of Active Directory setup, set once on the REST API's factory
 * ({@code --spi-realm-restapi-extension--mdrive--…}) and read from there by the API and the settings
 * menu alike: the login URLs of the connection-ID mail, and the internal hosts whose metadata may be
 * fetched although they are not on the public internet (R-SEC-5; for tests and an ADFS inside the
 * operator's own network).
 */
public record ActiveDirectoryOptions(LoginUrls loginUrls, Set<String> metadataAllowedHosts) {

    public static final ActiveDirectoryOptions DEFAULT = new ActiveDirectoryOptions(new LoginUrls(LoginUrls.DEFAULT, LoginUrls.DEFAULT),
            Set.of());

    /** Implemented by the factory that holds the options. */
    public interface Source {
        ActiveDirectoryOptions activeDirectoryOptions();
    }

    /** The options of the REST API's factory ({@code mdrive}), or the defaults when it is not deployed. */
    public static ActiveDirectoryOptions of(KeycloakSession session) {
        Object factory = session.getKeycloakSessionFactory().getProviderFactory(RealmResourceProvider.class, "mdrive");
        return factory instanceof Source source ? source.activeDirectoryOptions() : DEFAULT;
    }
}
