package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** The login-method check in browser and post-broker flows: a refusal is a page. */
public class LoginMethodCheckFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-login-method-check";

    public LoginMethodCheckFactory() {
        super(new LoginMethodCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive login method check";
    }

    @Override
    public String getHelpText() {
        return "Lets a user in only by their own login method: password, their identity provider, or their contract's AD.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
