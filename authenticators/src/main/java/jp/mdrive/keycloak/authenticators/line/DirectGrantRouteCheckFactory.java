package jp.mdrive.keycloak.authenticators.line;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class DirectGrantRouteCheckFactory extends StepFactory {

    public DirectGrantRouteCheckFactory() {
        super(RouteCheck.ON_PASSWORD_GRANT, new RouteCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
