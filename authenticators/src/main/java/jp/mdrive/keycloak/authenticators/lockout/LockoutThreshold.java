package jp.mdrive.keycloak.authenticators.lockout;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.authenticators.LoginFlowSettings;

/**
 * R-LOCK-1: one threshold for every place a password is checked (login form, password grant,
 * settings menu's password page), set where the operator looks for it: on the login flow's password
 * step. The other places have no setting of their own, so they can never drift apart from it.
 */
public final class LockoutThreshold {

    static final String KEY = "mdrive.lockout.threshold";

    /** manual 6: the account locks at the 10th wrong password. */
    static final int DEFAULT = 10;

    static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property()
            .name(KEY)
            .label("Wrong passwords before lock")
            .helpText("Consecutive wrong passwords that lock the account until its unblock link or a password reset. "
                    + "Applies to the password grant and the settings menu's password page too.")
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(Integer.toString(DEFAULT))
            .add()
            .build();

    private LockoutThreshold() {
    }

    /** The login flow's threshold; the default where the flow has no such step. */
    static int of(KeycloakSession session, RealmModel realm) {
        return ExecutionConfig.positiveInt(
                LoginFlowSettings.of(session, realm, LockoutPasswordFormFactory.PROVIDER_ID).orElse(null), KEY, DEFAULT);
    }
}
