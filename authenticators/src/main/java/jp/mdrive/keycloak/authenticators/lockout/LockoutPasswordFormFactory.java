package jp.mdrive.keycloak.authenticators.lockout;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.PasswordCredentialModel;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class LockoutPasswordFormFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-password-form";

    public LockoutPasswordFormFactory() {
        super(LockoutPasswordForm::new, LockoutThreshold.CONFIG, Requirement.REQUIRED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive Password Form with Lockout";
    }

    @Override
    public String getHelpText() {
        return "E-mail and password form that locks the account after consecutive wrong passwords and mails an unblock link.";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }
}
