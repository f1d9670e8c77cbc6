package jp.mdrive.keycloak.authenticators.trial;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The trial-end check on the password grant: a refusal is an OAuth error. */
public class DirectGrantTrialEndCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-direct-grant-trial-end";

    public DirectGrantTrialEndCheckFactory() {
        super(session -> new TrialEndCheck(true), List.of(), Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive trial end check (password grant)";
    }

    @Override
    public String getHelpText() {
        return "Refuses password grants of members of a free trial that has ended.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
