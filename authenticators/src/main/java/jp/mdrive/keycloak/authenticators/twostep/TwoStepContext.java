package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.code.OneTimeCode;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SecondFactor;
import jp.mdrive.keycloak.core.sms.MaskedPhoneNumber;
import jp.mdrive.keycloak.core.twostep.LastSignIn;
import jp.mdrive.keycloak.core.twostep.RememberedBrowser;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration.Method;

/**
 * What the pages of the second step work with: the flow, this execution's settings, and the moves
 * they share (show a page, ask again, send and check SMS codes, finish). Page state lives in notes
 * of the authentication session, never in the browser.
 */
final class TwoStepContext {

    static final String ACTION = "mdrive_action";
    static final String CODE = "code";
    static final String REMEMBER = "remember";
    /** The event detail saying how the second step ended. */
    static final String EVENT_DETAIL = "mdrive_2sv";

    private static final String REMEMBER_NOTE = "mdrive.2sv.remember";

    private final AuthenticationFlowContext flow;
    private final TwoStepSettings settings;

    TwoStepContext(AuthenticationFlowContext flow) {
        this.flow = flow;
        this.settings = TwoStepSettings.of(flow.getAuthenticatorConfig());
    }

    AuthenticationFlowContext flow() {
        return flow;
    }

    TwoStepSettings settings() {
        return settings;
    }

    UserModel user() {
        return flow.getUser();
    }

    /** Starts the second step: the registered method's page, or enrolment. */
    void ask(String info) {
        TwoStepRegistration registration = TwoStepRegistration.of(user());
        Optional<Method> method = registration.method();
        if (method.isEmpty()) {
            EnrolmentPages.start(this, info);
        } else if (method.get() == Method.AUTHENTICATOR) {
            show(Step.AUTHENTICATOR, page(Step.AUTHENTICATOR));
        } else {
            sendLoginCode(registration.phoneNumber().orElseThrow());
        }
    }

    LoginFormsProvider page(Step step) {
        return flow.form()
                .setExecution(flow.getExecution().getId())
                .setAttribute("mdriveStep", step.pageName())
                .setAttribute("codeLength", SmsCodes.LENGTH);
    }

    LoginFormsProvider codePage(Step step, String phone) {
        return page(step).setAttribute("maskedPhone", MaskedPhoneNumber.of(phone));
    }

    void show(Step step, LoginFormsProvider page) {
        flow.getAuthenticationSession().setAuthNote(Step.NOTE, step.name());
        flow.challenge(page.createForm(step.template()));
    }

    SmsCodes smsCodes() {
        return new SmsCodes(flow.getSession(), flow.getAuthenticationSession(), user(), settings,
                new SmsEvents(flow.getSession(), flow.getEvent(), user()));
    }

    Enrolment enrolment() {
        return new Enrolment(flow.getAuthenticationSession(), smsCodes());
    }

    WrongCodes wrongCodes(SecondFactor method) {
        return new WrongCodes(flow.getSession(), user(), settings.wrongCodesPerUserPerDay(), method);
    }

    void sendLoginCode(String phone) {
        SmsCodes.Result sent = smsCodes().send(phone);
        LoginFormsProvider page = codePage(Step.SMS, phone);
        // a reload of the page within the cooldown: the code sent moments ago is still the one
        if (sent.sent() == SmsCodes.Sent.SENT || sent.sent() == SmsCodes.Sent.COOLDOWN) {
            page.setInfo("mdrive.2sv.smsSent", MaskedPhoneNumber.of(phone));
        } else {
            page.setError(sendFailureMessage(sent), sent.waitSeconds());
        }
        show(Step.SMS, page);
    }

    void resend(Step step, String phone) {
        SmsCodes.Result sent = smsCodes().send(phone);
        LoginFormsProvider page = codePage(step, phone);
        if (sent.sent() == SmsCodes.Sent.SENT) {
            page.setInfo("mdrive.2sv.smsResent", MaskedPhoneNumber.of(phone));
        } else {
            page.setError(sendFailureMessage(sent), sent.waitSeconds());
        }
        show(step, page);
    }

    static String sendFailureMessage(SmsCodes.Result result) {
        return switch (result.sent()) {
            case COOLDOWN -> "mdrive.2sv.resendCooldown";
            case DAILY_LIMIT -> "mdrive.2sv.smsDailyLimit";
            case DELIVERY_FAILED -> "mdrive.2sv.smsFailed";
            case SENT -> throw new IllegalArgumentException("sent is no failure");
        };
    }

    /** The number the accepted code had been sent to; empty, with the page shown again, for any other outcome. */
    Optional<String> acceptedSmsCode(Step step, String phone, String typed) {
        Optional<OneTimeCode.Check> checked = wrongCodes(SecondFactor.SMS).check(() -> smsCodes().check(typed),
                check -> check.outcome() == OneTimeCode.Outcome.WRONG, check -> check.outcome() == OneTimeCode.Outcome.ACCEPTED);
        if (checked.isEmpty()) {
            show(step, codePage(step, phone).setError("mdrive.2sv.tooManyWrongCodes"));
            return Optional.empty();
        }
        OneTimeCode.Check check = checked.get();
        String message = switch (check.outcome()) {
            case ACCEPTED -> null;
            case WRONG -> check.triesLeft() > 0 ? "mdrive.2sv.codeWrong" : "mdrive.2sv.codeExhausted";
            case EXPIRED -> "mdrive.2sv.codeExpired";
            case EXHAUSTED -> "mdrive.2sv.codeExhausted";
            case NONE -> "mdrive.2sv.codeNotSent";
        };
        if (message == null) {
            return Optional.of(check.sentTo());
        }
        flow.getEvent().error(check.outcome() == OneTimeCode.Outcome.EXPIRED ? Errors.EXPIRED_CODE : Errors.INVALID_USER_CREDENTIALS);
        show(step, codePage(step, phone).addError(new FormMessage(CODE, message)));
        return Optional.empty();
    }

    void noteRemember(MultivaluedMap<String, String> form) {
        flow.getAuthenticationSession().setAuthNote(REMEMBER_NOTE, "on".equals(form.getFirst(REMEMBER)) ? "on" : "off");
    }

    void forgetRemember() {
        flow.getAuthenticationSession().removeAuthNote(REMEMBER_NOTE);
    }

    void finish(String how) {
        AuthenticationSessionModel authSession = flow.getAuthenticationSession();
        if ("on".equals(authSession.getAuthNote(REMEMBER_NOTE))) {
            new RememberedBrowser(flow.getSession(), flow.getRealm(), user()).remember(settings.rememberFor());
        }
        LastSignIn.record(user());
        for (String note : new String[] {Step.NOTE, REMEMBER_NOTE}) {
            authSession.removeAuthNote(note);
        }
        enrolment().clear();
        flow.getEvent().detail(EVENT_DETAIL, how);
        flow.success();
    }

    /** Audits a reset of the registration as Keycloak's own credential-removal event, with our reason. */
    void credentialsRemoved(String reason) {
        TwoStepRegistration.removed(flow.getEvent(), user(), reason);
    }

    static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
