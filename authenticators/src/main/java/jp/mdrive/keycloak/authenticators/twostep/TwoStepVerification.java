package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;
import jp.mdrive.keycloak.core.twostep.LastSignIn;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * R-2SV-1 … R-2SV-6: the second step after the password. It decides whether to ask, then hands each
 * page to its class: {@link EnrolmentPages} for a user who has no registration yet (SMS first, a
 * link to the authenticator app, then the recovery code, then 2段階認証完了), {@link SignInCodePages}
 * for the SMS code, the app's code or the recovery code. Enrolment is part of the step rather than
 * a required action so that the SMS rules of this execution's settings govern it too, and so that
 * nothing is stored until the recovery code is acknowledged: an abandoned enrolment leaves no half
 * registration behind.
 */
public class TwoStepVerification implements OwnStep {

    static final TwoStepVerification INSTANCE = new TwoStepVerification();

    @Override
    public void authenticate(AuthenticationFlowContext flow) {
        UserModel user = flow.getUser();
        TwoStepContext context = new TwoStepContext(flow);
        if (user.getRequiredActionsStream().anyMatch(TwoStepRegistration.RESET_REQUIRED_ACTION::equals)) {
            // an admin asked for a fresh registration: it has to happen before the old phone is asked
            TwoStepRegistration.of(user).resetAsAdminAsked(flow.getEvent());
        }
        Optional<TwoStepRequirement.Skip> skip = TwoStepRequirement.skip(flow.getSession(), flow.getRealm(), user, context.settings(),
                SettingsSignIn.isSettingsClient(flow.getAuthenticationSession().getClient()));
        if (skip.isPresent()) {
            flow.getEvent().detail(TwoStepContext.EVENT_DETAIL, "skipped_" + skip.get().detail());
            LastSignIn.record(user);
            flow.success();
            return;
        }
        context.ask(null);
    }

    @Override
    public void action(AuthenticationFlowContext flow) {
        Optional<Step> noted = Step.named(flow.getAuthenticationSession().getAuthNote(Step.NOTE));
        if (noted.isEmpty()) {
            authenticate(flow);
            return;
        }
        TwoStepContext context = new TwoStepContext(flow);
        MultivaluedMap<String, String> form = flow.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(TwoStepContext.ACTION);
        switch (noted.get()) {
            case PHONE -> EnrolmentPages.enterPhone(context, action, form.getFirst(EnrolmentPages.PHONE));
            case PHONE_CODE -> EnrolmentPages.enterPhoneCode(context, action, form);
            case AUTHENTICATOR_SETUP -> EnrolmentPages.enterFirstAppCode(context, action, form);
            case RECOVERY_CODE -> EnrolmentPages.acknowledgeRecoveryCode(context, form.getFirst(EnrolmentPages.SAVED));
            case DONE -> EnrolmentPages.done(context);
            case SMS -> SignInCodePages.enterSmsCode(context, action, form);
            case AUTHENTICATOR -> SignInCodePages.enterAppCode(context, action, form);
            case RECOVERY -> SignInCodePages.enterRecoveryCode(context, action, form.getFirst(SignInCodePages.RECOVERY));
        }
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
