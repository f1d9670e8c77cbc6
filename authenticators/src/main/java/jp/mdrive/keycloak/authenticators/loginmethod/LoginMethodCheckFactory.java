package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.DescribedStepFactory;

public class LoginMethodCheckFactory extends DescribedStepFactory {

    public LoginMethodCheckFactory() {
        super(LoginMethodCheck.IN_BROWSER, new LoginMethodCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
