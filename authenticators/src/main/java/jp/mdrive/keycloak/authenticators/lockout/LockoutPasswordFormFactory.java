package jp.mdrive.keycloak.authenticators.lockout;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.PasswordCredentialModel;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class LockoutPasswordFormFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-password-form";

    public LockoutPasswordFormFactory() {
        super(new Description(PROVIDER_ID, "M-Drive Password Form with Lockout",
                "E-mail and password form that locks the account after consecutive wrong passwords and mails an unblock link.",
                PasswordCredentialModel.TYPE), LockoutPasswordForm::new, LockoutThreshold.CONFIG, Requirement.REQUIRED);
    }
}
