package jp.mdrive.keycloak.authenticators.line;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.DescribedStepFactory;

/** The route check on the password grant: a refusal is an OAuth error. */
public class DirectGrantRouteCheckFactory extends DescribedStepFactory {

    public static final String PROVIDER_ID = "mdrive-direct-grant-route";

    public DirectGrantRouteCheckFactory() {
        super(new Description(PROVIDER_ID, "M-Drive access route check (password grant)",
                "Refuses password grants of members of line-only contracts who do not come through a registered line.",
                null), new RouteCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
