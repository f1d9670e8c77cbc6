package jp.mdrive.keycloak.authenticators.resetpassword;

import jp.mdrive.keycloak.authenticators.StepFactory;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.PasswordCredentialModel;

public class ResetPasswordFormFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-reset-password";

    public ResetPasswordFormFactory() {
        super(new ResetPasswordForm(), Requirement.REQUIRED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive Reset Password";
    }

    @Override
    public String getHelpText() {
        return "Sets the new password of a password reset, lifts the lockout and ends on the completion page.";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }
}
