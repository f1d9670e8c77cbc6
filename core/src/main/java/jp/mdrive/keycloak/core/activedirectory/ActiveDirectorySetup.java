package jp.mdrive.keycloak.core.activedirectory;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.broker.provider.IdentityProvider;
import org.keycloak.broker.provider.IdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.Urls;

import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.net.OutboundFetch;
import jp.mdrive.keycloak.core.net.RefusedFetch;

/**
 * R-LOGIN-3 Active Directory設定: the contract's ADFS becomes an identity provider of the realm, read
 * from its metadata (OIDC discovery document or SAML descriptor, through Keycloak's own parsers),
 * hidden from the login page, with the M-Drive first and post broker flows, linked to the contract's
 * organization. Its alias is the contract's connection ID (made on first setup, kept after). The
 * contractor then gets 【M-Drive】Active Directoryアカウントのログイン用URL・接続ID通知.
 * <p>
 * R-SEC-5: the metadata is fetched through {@link OutboundFetch} (https, public addresses only, also
 * after redirects, bounded), and the endpoints it names, which Keycloak and browsers call later, must
 * pass the same check, so a contractor cannot point the server at its own network.
 */
public final class ActiveDirectorySetup {

    /** Body of {@code PUT active-directory}. */
    public record Request(String protocol, String metadataUrl, String clientId, String clientSecret) {
    }

    static final String MAIL_TEMPLATE = "mdrive-ad-connection-id.ftl";
    static final String MAIL_SUBJECT = "mdrive.mail.adConnectionId.subject";
    private static final Logger LOG = Logger.getLogger(ActiveDirectorySetup.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The provider configuration entries, of both protocols, that name URLs someone will call. */
    private static final List<String> ENDPOINTS = List.of("authorizationUrl", "tokenUrl", "userInfoUrl", "jwksUrl", "logoutUrl",
            "tokenIntrospectionUrl", "singleSignOnServiceUrl", "singleLogoutServiceUrl", "artifactResolutionServiceUrl",
            IdentityProviderModel.METADATA_DESCRIPTOR_URL);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ActiveDirectoryOptions options;
    private final OutboundFetch fetch;

    public ActiveDirectorySetup(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.options = ActiveDirectoryOptions.fromServer();
        this.fetch = OutboundFetch.of(session, options.metadataAllowedHosts());
    }

    /** @throws InvalidContractSettingException with the message key of what is wrong in the request */
    public ConnectionId apply(Contract contract, Request request) {
        String protocol = request == null ? null : request.protocol();
        if (!"oidc".equals(protocol) && !"saml".equals(protocol)) {
            throw new InvalidContractSettingException("mdrive.ad.invalidProtocol", String.valueOf(protocol));
        }
        if ("oidc".equals(protocol) && (blank(request.clientId()) || blank(request.clientSecret()))) {
            throw new InvalidContractSettingException("mdrive.ad.clientRequired");
        }
        UserModel contractor = contract.contractorId().map(id -> session.users().getUserById(realm, id))
                .orElseThrow(() -> new InvalidContractSettingException("mdrive.ad.noContractor"));
        Map<String, String> config = new HashMap<>(metadata(protocol, request.metadataUrl()));
        requireAllowedEndpoints(config);
        if ("oidc".equals(protocol)) {
            config.put("clientId", request.clientId().strip());
            config.put("clientSecret", request.clientSecret());
            config.put("clientAuthMethod", "client_secret_post");
            config.put("defaultScope", "openid email profile");
        }
        ConnectionId connectionId = contract.adConnectionId().orElseGet(() -> ConnectionId.generate(RANDOM));
        IdentityProviderModel existing = session.identityProviders().getByAlias(connectionId.value());
        IdentityProviderModel idp = existing != null ? existing : new IdentityProviderModel();
        idp.setAlias(connectionId.value());
        idp.setDisplayName("Active Directory (" + contract.name() + ")");
        idp.setProviderId(protocol);
        idp.setEnabled(true);
        idp.setHideOnLogin(true);
        idp.setTrustEmail(true);
        idp.setFirstBrokerLoginFlowId(realm.getFlowByAlias("mdrive first broker login").getId());
        idp.setPostBrokerLoginFlowId(realm.getFlowByAlias("mdrive post broker login").getId());
        Map<String, String> merged = new HashMap<>(idp.getConfig() == null ? Map.of() : idp.getConfig());
        merged.putAll(config);
        idp.setConfig(merged);
        idp.setSyncMode(IdentityProviderSyncMode.IMPORT);
        if (existing == null) {
            session.identityProviders().create(idp);
        } else {
            session.identityProviders().update(idp);
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        IdentityProviderModel stored = session.identityProviders().getByAlias(connectionId.value());
        if (stored.getOrganizationId() == null) {
            organizations.addIdentityProvider(contract.organization(), stored);
        }
        contract.setAdConnectionId(connectionId);
        String realmUrl = Urls.realmBase(session.getContext().getUri().getBaseUri()).path(realm.getName()).build().toString();
        MdriveMail.sendAfterCommit(session, realm, contractor, MAIL_SUBJECT, MAIL_TEMPLATE, Map.of(
                "connectionId", connectionId.value(),
                "internetUrl", options.loginUrls().internet(connectionId, realmUrl),
                "lineUrl", options.loginUrls().line(connectionId, realmUrl)));
        return connectionId;
    }

    /** The provider's own metadata, parsed by Keycloak's factory for that protocol. */
    private Map<String, String> metadata(String protocol, String url) {
        String document;
        try {
            document = fetch.get(url);
        } catch (RefusedFetch refused) {
            throw refusal(refused, "mdrive.ad.metadataNotHttps", "mdrive.ad.metadataNotPublic", "mdrive.ad.metadataUnreadable", url);
        }
        try {
            IdentityProviderFactory<?> factory = (IdentityProviderFactory<?>) session.getKeycloakSessionFactory()
                    .getProviderFactory(IdentityProvider.class, protocol);
            return factory.parseConfig(session, document);
        } catch (RuntimeException e) {
            throw new InvalidContractSettingException("mdrive.ad.metadataUnreadable", url);
        }
    }

    private void requireAllowedEndpoints(Map<String, String> config) {
        for (String endpoint : ENDPOINTS) {
            String url = config.get(endpoint);
            if (!blank(url)) {
                try {
                    fetch.requireAllowed(url);
                } catch (RefusedFetch refused) {
                    throw refusal(refused, "mdrive.ad.endpointNotAllowed", "mdrive.ad.endpointNotAllowed", "mdrive.ad.endpointUnresolvable",
                            url);
                }
            }
        }
    }

    /** The refusal as the contractor reads it; the server log keeps what exactly failed. */
    private static InvalidContractSettingException refusal(RefusedFetch refused, String notHttps, String notPublic, String unreadable,
                                                           String url) {
        LOG.infof("Active Directory setup refused: %s", refused.getMessage());
        return switch (refused.reason()) {
            case NOT_HTTPS -> new InvalidContractSettingException(notHttps, refused.url());
            case NOT_PUBLIC -> new InvalidContractSettingException(notPublic, refused.url());
            case UNREADABLE -> new InvalidContractSettingException(unreadable, String.valueOf(url));
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
