package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.DescribedStepFactory;

/** The login-method check on the password grant: a refusal is an OAuth error. */
public class DirectGrantLoginMethodCheckFactory extends DescribedStepFactory {

    public static final String PROVIDER_ID = "mdrive-direct-grant-method";

    public DirectGrantLoginMethodCheckFactory() {
        super(new Description(PROVIDER_ID, "M-Drive login method check (password grant)",
                "Refuses password grants of users whose login method is not the password.",
                null), new LoginMethodCheck(true), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
