package jp.mdrive.keycloak.core.upgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderStorageProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.storage.datastore.DefaultExportImportManager;
import org.keycloak.userprofile.DeclarativeUserProfileProvider;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.util.JsonSerialization;

/**
 * The realm-wide part of the export: themes, locales, login and password settings, OTP policy,
 * events, the bundle's realm attributes, the flows the realm and its identity providers are bound to,
 * and the user profile. Only what the export sets: SMTP and the identity providers' client settings
 * are the deployment's (the export fills them from the environment at the first import only), event
 * listeners an operator added stay, and the version attribute belongs to {@link RealmUpgrades}.
 */
final class RealmSettingsReconciler {

    private final KeycloakSession session;
    private final RealmModel realm;

    RealmSettingsReconciler(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void reconcile(RealmRepresentation wanted) {
        settings(wanted);
        attributes(wanted);
        bindings(wanted);
        identityProviderBindings(wanted.getIdentityProviders());
        userProfile(wanted);
    }

    private void settings(RealmRepresentation wanted) {
        set(wanted.getDisplayName(), realm::setDisplayName);
        set(wanted.getDisplayNameHtml(), realm::setDisplayNameHtml);
        set(wanted.getLoginTheme(), realm::setLoginTheme);
        set(wanted.getEmailTheme(), realm::setEmailTheme);
        set(wanted.getAccountTheme(), realm::setAccountTheme);
        set(wanted.isInternationalizationEnabled(), realm::setInternationalizationEnabled);
        set(wanted.getSupportedLocales(), locales -> realm.setSupportedLocales(new HashSet<>(locales)));
        set(wanted.getDefaultLocale(), realm::setDefaultLocale);
        set(wanted.isRegistrationAllowed(), realm::setRegistrationAllowed);
        set(wanted.isRegistrationEmailAsUsername(), realm::setRegistrationEmailAsUsername);
        set(wanted.isLoginWithEmailAllowed(), realm::setLoginWithEmailAllowed);
        set(wanted.isDuplicateEmailsAllowed(), realm::setDuplicateEmailsAllowed);
        set(wanted.isEditUsernameAllowed(), realm::setEditUsernameAllowed);
        set(wanted.isResetPasswordAllowed(), realm::setResetPasswordAllowed);
        set(wanted.isRememberMe(), realm::setRememberMe);
        set(wanted.isVerifyEmail(), realm::setVerifyEmail);
        set(wanted.isOrganizationsEnabled(), realm::setOrganizationsEnabled);
        set(wanted.isBruteForceProtected(), realm::setBruteForceProtected);
        set(wanted.getPasswordPolicy(), policy -> realm.setPasswordPolicy(PasswordPolicy.parse(session, policy)));
        if (wanted.getOtpPolicyType() != null) {
            realm.setOTPPolicy(DefaultExportImportManager.toPolicy(wanted));
        }
        set(wanted.isEventsEnabled(), realm::setEventsEnabled);
        set(wanted.getEventsExpiration(), realm::setEventsExpiration);
        set(wanted.getEventsListeners(), listeners -> {
            Set<String> all = new HashSet<>(realm.getEventsListenersStream().toList());
            all.addAll(listeners);
            realm.setEventsListeners(all);
        });
    }

    private void attributes(RealmRepresentation wanted) {
        if (wanted.getAttributes() != null) {
            wanted.getAttributes().forEach((name, value) -> {
                if (!ConfigVersion.ATTRIBUTE.equals(name)) {
                    realm.setAttribute(name, value);
                }
            });
        }
    }

    private void bindings(RealmRepresentation wanted) {
        set(flow(wanted.getBrowserFlow()), realm::setBrowserFlow);
        set(flow(wanted.getRegistrationFlow()), realm::setRegistrationFlow);
        set(flow(wanted.getDirectGrantFlow()), realm::setDirectGrantFlow);
        set(flow(wanted.getResetCredentialsFlow()), realm::setResetCredentialsFlow);
        set(flow(wanted.getClientAuthenticationFlow()), realm::setClientAuthenticationFlow);
        set(flow(wanted.getDockerAuthenticationFlow()), realm::setDockerAuthenticationFlow);
        set(flow(wanted.getFirstBrokerLoginFlow()), realm::setFirstBrokerLoginFlow);
    }

    /** Only which flows a provider of the export runs: its client id, secret and switch are the operator's. */
    private void identityProviderBindings(List<IdentityProviderRepresentation> providers) {
        if (providers == null) {
            return;
        }
        IdentityProviderStorageProvider stored = session.identityProviders();
        for (IdentityProviderRepresentation wanted : providers) {
            IdentityProviderModel present = stored.getByAlias(wanted.getAlias());
            if (present == null) {
                continue;
            }
            String firstLogin = flowId(wanted.getFirstBrokerLoginFlowAlias(), present.getFirstBrokerLoginFlowId());
            String postLogin = flowId(wanted.getPostBrokerLoginFlowAlias(), present.getPostBrokerLoginFlowId());
            if (!Objects.equals(firstLogin, present.getFirstBrokerLoginFlowId()) || !Objects.equals(postLogin, present.getPostBrokerLoginFlowId())) {
                present.setFirstBrokerLoginFlowId(firstLogin);
                present.setPostBrokerLoginFlowId(postLogin);
                stored.update(present);
            }
        }
    }

    private String flowId(String alias, String present) {
        return alias == null ? present : flow(alias).getId();
    }

    private void userProfile(RealmRepresentation wanted) {
        MultivaluedHashMap<String, ComponentExportRepresentation> components = wanted.getComponents();
        List<ComponentExportRepresentation> profiles = components == null ? null : components.get(UserProfileProvider.class.getName());
        if (profiles == null || profiles.isEmpty()) {
            return;
        }
        String json = profiles.get(0).getConfig().getFirst(DeclarativeUserProfileProvider.UP_COMPONENT_CONFIG_KEY);
        UserProfileProvider provider = session.getProvider(UserProfileProvider.class);
        try {
            UPConfig config = JsonSerialization.readValue(json, UPConfig.class);
            if (!JsonSerialization.writeValueAsString(config).equals(JsonSerialization.writeValueAsString(provider.getConfiguration()))) {
                provider.setConfiguration(config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuthenticationFlowModel flow(String alias) {
        if (alias == null) {
            return null;
        }
        AuthenticationFlowModel flow = realm.getFlowByAlias(alias);
        if (flow == null) {
            throw new IllegalStateException("flow " + alias + " named by the export is missing");
        }
        return flow;
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
