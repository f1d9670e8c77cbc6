package jp.mdrive.keycloak.requiredactions.twostep;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

public class ResetTwoStepVerificationFactory implements RequiredActionFactory {

    private static final ResetTwoStepVerification ACTION = new ResetTwoStepVerification();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return ACTION;
    }

    @Override
    public String getId() {
        return TwoStepRegistration.RESET_REQUIRED_ACTION;
    }

    @Override
    public String getDisplayText() {
        return "Reset 2-step verification (M-Drive)";
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
