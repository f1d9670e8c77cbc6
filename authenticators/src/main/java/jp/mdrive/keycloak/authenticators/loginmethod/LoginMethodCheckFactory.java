package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.DescribedStepFactory;

/** The login-method check in browser and post-broker flows: a refusal is a page. */
public class LoginMethodCheckFactory extends DescribedStepFactory {

    public static final String PROVIDER_ID = "mdrive-login-method-check";

    public LoginMethodCheckFactory() {
        super(new Description(PROVIDER_ID, "M-Drive login method check",
                "Lets a user in only by their own login method: password, their identity provider, or their contract's AD.",
                null), new LoginMethodCheck(false), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
