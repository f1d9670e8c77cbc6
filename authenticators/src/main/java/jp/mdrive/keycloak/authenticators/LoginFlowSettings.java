package jp.mdrive.keycloak.authenticators;

import java.util.Optional;

import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A step's settings as the operator set them on the realm's login (browser) flow. Rules that also
 * act outside that flow (the password grant, the settings menu) read them here, so one setting
 * governs every place and none can drift apart from the login flow's.
 */
public final class LoginFlowSettings {

    private LoginFlowSettings() {
    }

    /** The settings of the login flow's first step of this provider, looked up once per request; empty where there are none. */
    public static Optional<AuthenticatorConfigModel> of(KeycloakSession session, RealmModel realm, String providerId) {
        String cacheKey = LoginFlowSettings.class.getName() + "." + realm.getId() + "." + providerId;
        AuthenticatorConfigModel cached = session.getAttribute(cacheKey, AuthenticatorConfigModel.class);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AuthenticatorConfigModel> found = Optional.ofNullable(realm.getBrowserFlow())
                .flatMap(flow -> step(realm, flow, providerId))
                .map(AuthenticationExecutionModel::getAuthenticatorConfig)
                .map(realm::getAuthenticatorConfigById);
        found.ifPresent(config -> session.setAttribute(cacheKey, config));
        return found;
    }

    private static Optional<AuthenticationExecutionModel> step(RealmModel realm, AuthenticationFlowModel flow, String providerId) {
        return realm.getAuthenticationExecutionsStream(flow.getId())
                .flatMap(execution -> execution.isAuthenticatorFlow()
                        ? step(realm, realm.getAuthenticationFlowById(execution.getFlowId()), providerId).stream()
                        : Optional.of(execution).filter(step -> providerId.equals(step.getAuthenticator())).stream())
                .findFirst();
    }
}
