package jp.mdrive.keycloak.authenticators.trial;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class DirectGrantTrialEndCheckFactory extends StepFactory {

    public DirectGrantTrialEndCheckFactory() {
        super(TrialEndCheck.ON_PASSWORD_GRANT, new TrialEndCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
