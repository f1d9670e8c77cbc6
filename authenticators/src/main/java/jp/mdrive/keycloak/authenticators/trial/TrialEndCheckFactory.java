package jp.mdrive.keycloak.authenticators.trial;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The trial-end check in browser and post-broker flows: a refusal is a page. */
public class TrialEndCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-trial-end-check";

    public TrialEndCheckFactory() {
        super(session -> new TrialEndCheck(false), List.of(), Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive trial end check";
    }

    @Override
    public String getHelpText() {
        return "Refuses members of a free trial that has ended; the contractor still reaches the settings menu's plan change for 15 days.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
