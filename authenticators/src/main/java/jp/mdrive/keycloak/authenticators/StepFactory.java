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
 * Factory of one of our flow steps: what the admin console shows of it, how a step is made, its
 * admin-console settings and the requirements it may have; Keycloak's lifecycle hooks left empty. So
 * a step's factory is its constructor.
 */
public abstract class StepFactory implements AuthenticatorFactory, NoLifecycleFactory<Authenticator> {

    /**
     * What the admin console shows of a step.
     *
     * @param referenceCategory the credential type the step is grouped with, or null
     */
    public record Description(String id, String displayType, String helpText, String referenceCategory) {
    }

    private final Description description;
    private final Function<KeycloakSession, Authenticator> steps;
    private final List<ProviderConfigProperty> settings;
    private final Requirement[] requirements;

    /** A step that holds no state and takes no settings: one shared instance. */
    protected StepFactory(Description description, Authenticator step, Requirement... requirements) {
        this(description, session -> step, List.of(), requirements);
    }

    protected StepFactory(Description description, Function<KeycloakSession, Authenticator> steps, List<ProviderConfigProperty> settings,
            Requirement... requirements) {
        this.description = description;
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

    @Override
    public final String getId() {
        return description.id();
    }

    /** The step's name in the admin console's flow editor. */
    @Override
    public final String getDisplayType() {
        return description.displayType();
    }

    @Override
    public final String getHelpText() {
        return description.helpText();
    }

    /** Groups the step with its credential type in the admin console, or nowhere. */
    @Override
    public final String getReferenceCategory() {
        return description.referenceCategory();
    }
}
