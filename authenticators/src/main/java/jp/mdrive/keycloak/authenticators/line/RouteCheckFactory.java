package jp.mdrive.keycloak.authenticators.line;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The route check in browser and post-broker flows: a refusal is a page. */
public class RouteCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-route-check";

    public RouteCheckFactory() {
        super(session -> new RouteCheck(false), List.of(), Requirement.REQUIRED, Requirement.DISABLED);
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
