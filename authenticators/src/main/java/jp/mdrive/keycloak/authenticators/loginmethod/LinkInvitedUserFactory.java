package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class LinkInvitedUserFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-link-invited-user";

    public LinkInvitedUserFactory() {
        super(new LinkInvitedUser(), Requirement.REQUIRED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive link to the registered user";
    }

    @Override
    public String getHelpText() {
        return "First identity-provider sign-in: links to the user registered with that address and login method; never creates users.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
