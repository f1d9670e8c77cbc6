package jp.mdrive.keycloak.authenticators.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

public class CharacterClassesPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory, NoLifecycleFactory<PasswordPolicyProvider> {

    public static final String ID = "mdrive-character-classes";

    /** manual 3: 英大文字、英小文字、数字、記号から3種類以上. */
    static final int DEFAULT_REQUIRED = 3;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new CharacterClassesPasswordPolicyProvider(session.getContext());
    }

    @Override
    public String getDisplayName() {
        return "M-Drive character classes (of upper, lower, digit, symbol)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.INT_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return Integer.toString(DEFAULT_REQUIRED);
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }
}
