package jp.mdrive.keycloak.authenticators.password;

import org.keycloak.models.KeycloakContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyConfigException;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** R-PWD-1: at least N of the four character classes (the manual's 3 of 4). */
public class CharacterClassesPasswordPolicyProvider implements PasswordPolicyProvider {

    static final String ERROR_MESSAGE = "mdrive.password.tooFewCharacterClasses";

    private final KeycloakContext context;

    public CharacterClassesPasswordPolicyProvider(KeycloakContext context) {
        this.context = context;
    }

    @Override
    public PolicyError validate(String username, String password) {
        int required = context.getRealm().getPasswordPolicy().getPolicyConfig(CharacterClassesPasswordPolicyProviderFactory.ID);
        return CharacterClasses.count(password) < required ? new PolicyError(ERROR_MESSAGE, required) : null;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(user.getUsername(), password);
    }

    @Override
    public Object parseConfig(String value) {
        int required = parseInteger(value, CharacterClassesPasswordPolicyProviderFactory.DEFAULT_REQUIRED);
        if (required < 1 || required > 4) {
            throw new PasswordPolicyConfigException("Character classes must be between 1 and 4");
        }
        return required;
    }

    @Override
    public void close() {
    }
}
