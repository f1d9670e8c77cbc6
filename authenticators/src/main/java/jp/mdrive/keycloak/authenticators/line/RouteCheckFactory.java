package jp.mdrive.keycloak.authenticators.line;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The route check in browser and post-broker flows: a refusal is a page. */
public class RouteCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-route-check";

    static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(RouteCheck.OPEN_CLIENTS).label("Clients open from the internet")
            .helpText("Comma-separated client IDs whose sign-ins line-only contracts allow from anywhere: the settings menu, "
                    + "where the contractor switches the route back (manual 4.1).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(RouteCheck.DEFAULT_OPEN_CLIENTS).add()
            .build();

    public RouteCheckFactory() {
        super(session -> new RouteCheck(false), CONFIG, Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive access route check";
    }

    @Override
    public String getHelpText() {
        return "Refuses members of line-only contracts who do not come through one of the contract's registered lines.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
