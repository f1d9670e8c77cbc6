package jp.mdrive.keycloak.authenticators;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Factory of a flow step that holds no state and takes no configuration: one shared instance and
 * Keycloak's lifecycle hooks left empty, so each step's factory only says what the step is.
 */
public abstract class StatelessStepFactory implements AuthenticatorFactory {

    private final Authenticator step;
    private final Requirement[] requirements;

    protected StatelessStepFactory(Authenticator step, Requirement... requirements) {
        this.step = step;
        this.requirements = requirements;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return step;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return requirements.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
