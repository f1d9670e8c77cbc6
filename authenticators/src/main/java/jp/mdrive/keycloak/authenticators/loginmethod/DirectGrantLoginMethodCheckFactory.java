package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The login-method check on the password grant: a refusal is an OAuth error. */
public class DirectGrantLoginMethodCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-direct-grant-method";

    public DirectGrantLoginMethodCheckFactory() {
        super(new LoginMethodCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive login method check (password grant)";
    }

    @Override
    public String getHelpText() {
        return "Refuses password grants of users whose login method is not the password.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
