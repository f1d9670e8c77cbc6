package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.DescribedStepFactory;

public class DirectGrantLoginMethodCheckFactory extends DescribedStepFactory {

    public DirectGrantLoginMethodCheckFactory() {
        super(LoginMethodCheck.ON_PASSWORD_GRANT, new LoginMethodCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
