package jp.mdrive.keycloak.authenticators.twostep;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.OTPCredentialModel;

import jp.mdrive.keycloak.authenticators.StepFactory;

/** A second factor, grouped with Keycloak's OTP in the admin console. */
public class TwoStepVerificationFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-two-step-verification";

    public TwoStepVerificationFactory() {
        super(new Description(PROVIDER_ID, "M-Drive 2-step verification",
                "After the password: SMS code or authenticator app, recovery code, remembered browser; enrols users without a registration.",
                OTPCredentialModel.TYPE), session -> TwoStepVerification.INSTANCE, TwoStepSettings.CONFIG, Requirement.REQUIRED, Requirement.DISABLED);
    }
}
