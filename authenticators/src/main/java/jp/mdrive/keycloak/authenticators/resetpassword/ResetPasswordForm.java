package jp.mdrive.keycloak.authenticators.resetpassword;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.identity.NewPassword;
import jp.mdrive.keycloak.core.lockout.LockoutCounter;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.UnlockPath;
import jp.mdrive.keycloak.core.pages.DonePage;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;

/**
 * The リセットパスワード page (manual 6.2 (3)): new password twice under the realm's policy. Setting
 * it also lifts a lock (R-LOCK-3) and resets the 2-step verification (R-LOCK-4, R-2SV-8: a new phone
 * and recovery code at the next sign-in, every remembered browser forgotten), recorded as one
 * RESET_PASSWORD event, and voids every link sent before (R-SEC-6); a link voided while its page was
 * open (a newer one sent, the password changed meanwhile) sets nothing. The procedure ends on its
 * completion page, not in a login.
 */
public class ResetPasswordForm implements OwnStep {

    static final String TEMPLATE = "mdrive-reset-password.ftl";
    static final String DONE = "mdrive.reset.done";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(isDone(context) ? done(context) : form(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (isDone(context)) {
            context.challenge(done(context));
            return;
        }
        UserModel user = context.getUser();
        if (MailLink.kept(context.getAuthenticationSession()).filter(link -> link.isCurrent(user)).isEmpty()) {
            context.forceChallenge(MailLinks.refused(context.getEvent().clone().event(EventType.RESET_PASSWORD).user(user),
                    context.form(), MailLink.Spending.VOID));
            return;
        }
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        NewPassword.Typed typed = NewPassword.typed(formData, NewPassword.Missing.BLANK);
        Optional<NewPassword.Refusal> refusal = typed.refused().or(() -> typed.password().set(user));
        if (refusal.isPresent()) {
            refuse(context, refusal.get().error(), form(context).addError(refusal.get().formMessage()));
            return;
        }
        boolean wasLocked = new LockoutCounter(context.getSession()).unlock(user);
        if (wasLocked) {
            MdriveMetrics.unlocked(UnlockPath.PASSWORD_RESET);
        }
        TwoStepRegistration.of(user).reset();
        LinkGeneration.of(user).voidAll();
        context.getEvent().clone().event(EventType.RESET_PASSWORD).user(user)
                .detail(Details.REASON, "mdrive_reset").detail("mdrive_unlocked", Boolean.toString(wasLocked))
                .detail("mdrive_2sv_reset", "true").success();
        context.getAuthenticationSession().setAuthNote(DONE, "true");
        context.challenge(done(context));
    }

    private static boolean isDone(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getAuthNote(DONE) != null;
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        return context.form().setExecution(context.getExecution().getId());
    }

    private static Response done(AuthenticationFlowContext context) {
        return DonePage.render(context.getSession(), context.form(), context.getAuthenticationSession().getClient(),
                "mdrive.reset.doneTitle", "mdrive.reset.doneMessage");
    }

    private static void refuse(AuthenticationFlowContext context, String error, LoginFormsProvider form) {
        context.getEvent().clone().event(EventType.RESET_PASSWORD).user(context.getUser()).error(error);
        context.challenge(form.createForm(TEMPLATE));
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
