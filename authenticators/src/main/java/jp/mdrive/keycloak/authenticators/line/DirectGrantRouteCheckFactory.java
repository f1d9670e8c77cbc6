package jp.mdrive.keycloak.authenticators.line;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The route check on the password grant: a refusal is an OAuth error. */
public class DirectGrantRouteCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-direct-grant-route";

    public DirectGrantRouteCheckFactory() {
        super(session -> new RouteCheck(true), List.of(), Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive access route check (password grant)";
    }

    @Override
    public String getHelpText() {
        return "Refuses password grants of members of line-only contracts who do not come through a registered line.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
