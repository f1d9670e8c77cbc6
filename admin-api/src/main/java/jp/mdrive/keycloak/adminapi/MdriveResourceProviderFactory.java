package jp.mdrive.keycloak.adminapi;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import jp.mdrive.keycloak.core.activedirectory.ActiveDirectoryOptions;
import jp.mdrive.keycloak.core.activedirectory.LoginUrls;
import jp.mdrive.keycloak.core.net.OutboundFetch;

/** Mounts our REST resources under {@code /realms/{realm}/mdrive}. */
public class MdriveResourceProviderFactory implements RealmResourceProviderFactory, ActiveDirectoryOptions.Source {

    public static final String ID = "mdrive";

    @Override
    public String getId() {
        return ID;
    }

    /** Where トップ画面へ leads: the service's top page; by default the realm's account page. */
    static final String DEFAULT_TOP_URL = "{realmUrl}/account/";

    private ActiveDirectoryOptions activeDirectory = ActiveDirectoryOptions.DEFAULT;
    private String topUrl = DEFAULT_TOP_URL;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new MdriveResourceProvider(session, topUrl);
    }

    @Override
    public void init(Config.Scope config) {
        activeDirectory = new ActiveDirectoryOptions(
                new LoginUrls(config.get("adLoginUrl", LoginUrls.DEFAULT), config.get("adLineLoginUrl", LoginUrls.DEFAULT)),
                // R-SEC-5: internal hosts (tests, an ADFS in the operator's own network) exempt from the public-address rule
                OutboundFetch.hostList(config.get("adMetadataAllowedHosts")));
        topUrl = config.get("topUrl", DEFAULT_TOP_URL);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public ActiveDirectoryOptions activeDirectoryOptions() {
        return activeDirectory;
    }
}
