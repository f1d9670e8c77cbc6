package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class LinkInvitedUserFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-link-invited-user";

    public LinkInvitedUserFactory() {
        super(new Description(PROVIDER_ID, "M-Drive link to the registered user",
                "First identity-provider sign-in: links to the user registered with that address and login method; never creates users.",
                null), new LinkInvitedUser(), Requirement.REQUIRED);
    }
}
