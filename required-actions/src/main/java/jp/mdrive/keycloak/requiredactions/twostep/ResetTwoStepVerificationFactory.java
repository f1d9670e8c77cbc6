package jp.mdrive.keycloak.requiredactions.twostep;

import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;
import jp.mdrive.keycloak.requiredactions.OwnRequiredActionFactory;

public class ResetTwoStepVerificationFactory extends OwnRequiredActionFactory {

    public ResetTwoStepVerificationFactory() {
        super(new ResetTwoStepVerification(), TwoStepRegistration.RESET_REQUIRED_ACTION, "Reset 2-step verification (M-Drive)");
    }
}
