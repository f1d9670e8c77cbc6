package jp.mdrive.keycloak.core.activedirectory;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.broker.provider.IdentityProvider;
import org.keycloak.broker.provider.IdentityProviderFactory;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.http.simple.SimpleHttpResponse;
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

/**
 * R-LOGIN-3 Active Directory設定: the contract's ADFS becomes an identity provider of the realm, read
 * from its metadata (OIDC discovery document or SAML descriptor, through Keycloak's own parsers),
 * hidden from the login page, with the M-Drive first and post broker flows, linked to the contract's
 * organization. Its alias is the contract's connection ID (made on first setup, kept after). The
 * contractor then gets 【M-Drive】Active Directoryアカウントのログイン用URL・接続ID通知.
 */
public final class ActiveDirectorySetup {

    /** Body of {@code PUT active-directory}. */
    public record Request(String protocol, String metadataUrl, String clientId, String clientSecret) {
    }

    static final String MAIL_TEMPLATE = "mdrive-ad-connection-id.ftl";
    static final String MAIL_SUBJECT = "mdrive.mail.adConnectionId.subject";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final LoginUrls loginUrls;

    public ActiveDirectorySetup(KeycloakSession session, LoginUrls loginUrls) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.loginUrls = loginUrls;
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
                "internetUrl", loginUrls.internet(connectionId, realmUrl),
                "lineUrl", loginUrls.line(connectionId, realmUrl)));
        return connectionId;
    }

    /** The provider's own metadata, parsed by Keycloak's factory for that protocol. */
    private Map<String, String> metadata(String protocol, String url) {
        if (blank(url) || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new InvalidContractSettingException("mdrive.ad.metadataUnreadable", String.valueOf(url));
        }
        try (SimpleHttpResponse response = SimpleHttp.create(session).doGet(URI.create(url.strip()).toString()).asResponse()) {
            if (response.getStatus() != 200) {
                throw new InvalidContractSettingException("mdrive.ad.metadataUnreadable", url);
            }
            IdentityProviderFactory<?> factory = (IdentityProviderFactory<?>) session.getKeycloakSessionFactory()
                    .getProviderFactory(IdentityProvider.class, protocol);
            return factory.parseConfig(session, response.asString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidContractSettingException invalid) {
                throw invalid;
            }
            throw new InvalidContractSettingException("mdrive.ad.metadataUnreadable", url);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
