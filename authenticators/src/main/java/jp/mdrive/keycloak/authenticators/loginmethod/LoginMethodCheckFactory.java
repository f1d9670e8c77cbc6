package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class LoginMethodCheckFactory extends StepFactory {

    public LoginMethodCheckFactory() {
        super(LoginMethodCheck.IN_BROWSER, new LoginMethodCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
