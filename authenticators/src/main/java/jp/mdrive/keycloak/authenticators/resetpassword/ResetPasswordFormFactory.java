package jp.mdrive.keycloak.authenticators.resetpassword;

import jp.mdrive.keycloak.authenticators.StepFactory;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.PasswordCredentialModel;

public class ResetPasswordFormFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-reset-password";

    public ResetPasswordFormFactory() {
        super(new Description(PROVIDER_ID, "M-Drive Reset Password",
                "Sets the new password of a password reset, lifts the lockout and ends on the completion page.",
                PasswordCredentialModel.TYPE), new ResetPasswordForm(), Requirement.REQUIRED);
    }
}
