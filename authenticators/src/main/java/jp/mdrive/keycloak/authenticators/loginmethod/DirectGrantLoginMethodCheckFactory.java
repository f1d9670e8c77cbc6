package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class DirectGrantLoginMethodCheckFactory extends StepFactory {

    public DirectGrantLoginMethodCheckFactory() {
        super(LoginMethodCheck.ON_PASSWORD_GRANT, new LoginMethodCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
