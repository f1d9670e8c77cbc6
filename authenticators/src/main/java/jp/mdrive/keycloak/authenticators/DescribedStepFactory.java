package jp.mdrive.keycloak.authenticators;

import java.util.List;
import java.util.function.Function;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** A {@link StepFactory} whose id and admin-console texts are fixed: a step's factory is then its constructor. */
public abstract class DescribedStepFactory extends StepFactory {

    /**
     * What the admin console shows of a step.
     *
     * @param referenceCategory the credential type the step is grouped with, or null
     */
    public record Description(String id, String displayType, String helpText, String referenceCategory) {
    }

    private final Description description;

    /** A step that holds no state and takes no settings: one shared instance. */
    protected DescribedStepFactory(Description description, Authenticator step, Requirement... requirements) {
        super(step, requirements);
        this.description = description;
    }

    protected DescribedStepFactory(Description description, Function<KeycloakSession, Authenticator> steps,
            List<ProviderConfigProperty> settings, Requirement... requirements) {
        super(steps, settings, requirements);
        this.description = description;
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
