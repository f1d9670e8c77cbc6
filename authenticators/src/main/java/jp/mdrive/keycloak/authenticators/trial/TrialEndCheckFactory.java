package jp.mdrive.keycloak.authenticators.trial;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class TrialEndCheckFactory extends StepFactory {

    public TrialEndCheckFactory() {
        super(TrialEndCheck.IN_BROWSER, new TrialEndCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
