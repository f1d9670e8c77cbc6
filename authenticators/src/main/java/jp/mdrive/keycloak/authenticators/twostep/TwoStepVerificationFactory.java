package jp.mdrive.keycloak.authenticators.twostep;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.OTPCredentialModel;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class TwoStepVerificationFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-two-step-verification";

    public TwoStepVerificationFactory() {
        super(session -> TwoStepVerification.INSTANCE, TwoStepSettings.CONFIG, Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive 2-step verification";
    }

    @Override
    public String getHelpText() {
        return "After the password: SMS code or authenticator app, recovery code, remembered browser; enrols users without a registration.";
    }

    /** A second factor, grouped with Keycloak's OTP in the admin console. */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }
}
