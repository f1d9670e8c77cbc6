package jp.mdrive.keycloak.authenticators.line;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.DescribedStepFactory;

/** The route check in browser and post-broker flows: a refusal is a page. */
public class RouteCheckFactory extends DescribedStepFactory {

    public static final String PROVIDER_ID = "mdrive-route-check";

    public RouteCheckFactory() {
        super(new Description(PROVIDER_ID, "M-Drive access route check",
                "Refuses members of line-only contracts who do not come through one of the contract's registered lines.",
                null), new RouteCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
