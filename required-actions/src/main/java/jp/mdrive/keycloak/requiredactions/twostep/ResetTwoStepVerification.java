package jp.mdrive.keycloak.requiredactions.twostep;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;

import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * R-2SV-8 from the admin console: an admin sets "Reset 2-step verification" on a user. The M-Drive
 * 2SV step carries it out before asking the old phone; for a user who never meets that step (a
 * federated user, another flow) it is carried out here, after sign-in, without a page.
 */
public class ResetTwoStepVerification implements RequiredActionProvider {

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        TwoStepRegistration.of(context.getUser()).resetAsAdminAsked(context.getEvent());
        context.success();
    }

    @Override
    public void processAction(RequiredActionContext context) {
        requiredActionChallenge(context);
    }

    @Override
    public void close() {
    }
}
