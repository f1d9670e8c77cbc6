package jp.mdrive.keycloak.authenticators.line;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class RouteCheckFactory extends StepFactory {

    public RouteCheckFactory() {
        super(RouteCheck.IN_BROWSER, new RouteCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
