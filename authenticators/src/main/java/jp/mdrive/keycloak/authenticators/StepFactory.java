package jp.mdrive.keycloak.authenticators;

import java.util.List;
import java.util.function.Function;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * Factory of one of our flow steps: how a step is made, its admin-console settings and the
 * requirements it may have; Keycloak's lifecycle hooks left empty. So each step's factory only says
 * what the step is (id, name, help, category).
 */
public abstract class StepFactory implements AuthenticatorFactory, NoLifecycleFactory<Authenticator> {

    private final Function<KeycloakSession, Authenticator> steps;
    private final List<ProviderConfigProperty> settings;
    private final Requirement[] requirements;

    /** A step that holds no state and takes no settings: one shared instance. */
    protected StepFactory(Authenticator step, Requirement... requirements) {
        this(session -> step, List.of(), requirements);
    }

    protected StepFactory(Function<KeycloakSession, Authenticator> steps, List<ProviderConfigProperty> settings,
            Requirement... requirements) {
        this.steps = steps;
        this.settings = List.copyOf(settings);
        this.requirements = requirements;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return steps.apply(session);
    }

    @Override
    public boolean isConfigurable() {
        return !settings.isEmpty();
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return settings;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return requirements.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
