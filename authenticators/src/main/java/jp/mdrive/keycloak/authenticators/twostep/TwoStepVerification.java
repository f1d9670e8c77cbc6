package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.CredentialValidation;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.TotpUtils;

import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.code.OneTimeCode;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;
import jp.mdrive.keycloak.core.sms.InvalidPhoneNumberException;
import jp.mdrive.keycloak.core.sms.MaskedPhoneNumber;
import jp.mdrive.keycloak.core.sms.PhoneNumbers;
import jp.mdrive.keycloak.core.twostep.LastSignIn;
import jp.mdrive.keycloak.core.twostep.RecoveryCode;
import jp.mdrive.keycloak.core.twostep.RememberedBrowser;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration.Method;

/**
 * R-2SV-1 … R-2SV-6: the second step after the password. It decides whether to ask, enrols a user
 * who has no registration yet (SMS or Authenticator, then the recovery code, then 2段階認証完了), and
 * checks the SMS code, the app's code or the recovery code. Enrolment is part of the step rather than
 * a required action so that the SMS rules of this execution's settings govern it too, and so that
 * nothing is stored until the recovery code is acknowledged: an abandoned enrolment leaves no half
 * registration behind.
 */
public class TwoStepVerification implements OwnStep {

    static final TwoStepVerification INSTANCE = new TwoStepVerification();

    static final String ACTION = "mdrive_action";
    static final String CODE = "code";
    static final String PHONE = "phone";
    static final String REMEMBER = "remember";
    static final String SAVED = "saved";
    static final String RECOVERY = "recovery_code";

    /** The event detail saying how the second step ended. */
    static final String EVENT_DETAIL = "mdrive_2sv";

    private static final String ENROL_LEAD = "mdrive.2sv.enrolLead";

    private static final String REMEMBER_NOTE = "mdrive.2sv.remember";
    private static final Logger LOG = Logger.getLogger(TwoStepVerification.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        TwoStepSettings settings = settings(context);
        if (user.getRequiredActionsStream().anyMatch(TwoStepRegistration.RESET_REQUIRED_ACTION::equals)) {
            // an admin asked for a fresh registration: it has to happen before the old phone is asked
            TwoStepRegistration.of(user).reset();
            user.removeRequiredAction(TwoStepRegistration.RESET_REQUIRED_ACTION);
            credentialsRemoved(context, "mdrive_admin_reset");
        }
        Optional<TwoStepRequirement.Skip> skip = TwoStepRequirement.skip(context.getSession(), context.getRealm(), user, settings,
                SettingsSignIn.isSettingsClient(context.getAuthenticationSession().getClient()));
        if (skip.isPresent()) {
            context.getEvent().detail(EVENT_DETAIL, "skipped_" + skip.get().detail());
            LastSignIn.record(user);
            context.success();
            return;
        }
        ask(context, settings, null);
    }

    /** Starts the second step: the registered method's page, or enrolment. */
    private void ask(AuthenticationFlowContext context, TwoStepSettings settings, String info) {
        TwoStepRegistration registration = TwoStepRegistration.of(context.getUser());
        Optional<Method> method = registration.method();
        if (method.isEmpty()) {
            show(context, Step.CHOOSE, page(context, Step.CHOOSE).setInfo(info == null ? ENROL_LEAD : info));
        } else if (method.get() == Method.AUTHENTICATOR) {
            show(context, Step.AUTHENTICATOR, page(context, Step.AUTHENTICATOR));
        } else {
            sendLoginCode(context, settings, registration.phoneNumber().orElseThrow());
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String noted = authSession.getAuthNote(Step.NOTE);
        if (noted == null) {
            authenticate(context);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(ACTION);
        TwoStepSettings settings = settings(context);
        switch (Step.valueOf(noted)) {
            case CHOOSE -> choose(context, settings, action);
            case PHONE -> enterPhone(context, settings, action, form.getFirst(PHONE));
            case PHONE_CODE -> enterPhoneCode(context, settings, action, form);
            case AUTHENTICATOR_SETUP -> enterFirstAppCode(context, settings, action, form);
            case RECOVERY_CODE -> acknowledgeRecoveryCode(context, settings, form.getFirst(SAVED));
            case DONE -> finish(context, settings, "enrolled_" + enrolment(context, settings).provenMethod().orElse(""));
            case SMS -> enterSmsCode(context, settings, action, form);
            case AUTHENTICATOR -> enterAppCode(context, settings, action, form);
            case RECOVERY -> enterRecoveryCode(context, settings, action, form.getFirst(RECOVERY));
        }
    }

    /** R-SEC-9: choosing a method starts the enrolment afresh; nothing of a method left behind survives. */
    private void choose(AuthenticationFlowContext context, TwoStepSettings settings, String action) {
        if ("sms".equals(action)) {
            enrolment(context, settings).chooseSms();
            show(context, Step.PHONE, page(context, Step.PHONE));
        } else if ("authenticator".equals(action)) {
            enrolment(context, settings).chooseAuthenticator();
            showAuthenticatorSetup(context, settings, null);
        } else {
            showChooser(context);
        }
    }

    private void enterPhone(AuthenticationFlowContext context, TwoStepSettings settings, String action, String typed) {
        if ("back".equals(action)) {
            showChooser(context);
            return;
        }
        String e164;
        try {
            e164 = PhoneNumbers.mobileE164(typed, settings.phoneRegions());
        } catch (InvalidPhoneNumberException e) {
            context.getEvent().error(Errors.INVALID_INPUT);
            show(context, Step.PHONE, page(context, Step.PHONE).setAttribute("typedPhone", typed == null ? "" : typed.strip())
                    .addError(new FormMessage(PHONE, e.getMessage())));
            return;
        }
        SmsCodes.Result sent = smsCodes(context, settings).send(e164);
        if (sent.sent() != SmsCodes.Sent.SENT) {
            show(context, Step.PHONE, page(context, Step.PHONE).setAttribute("typedPhone", typed.strip())
                    .addError(new FormMessage(PHONE, sendFailureMessage(sent), sent.waitSeconds())));
            return;
        }
        enrolment(context, settings).phoneCodeSent(e164);
        show(context, Step.PHONE_CODE, codePage(context, Step.PHONE_CODE, e164).setInfo("mdrive.2sv.smsSent", MaskedPhoneNumber.of(e164)));
    }

    private void enterPhoneCode(AuthenticationFlowContext context, TwoStepSettings settings, String action, MultivaluedMap<String, String> form) {
        Enrolment enrolment = enrolment(context, settings);
        Optional<String> phone = enrolment.phone();
        if (phone.isEmpty()) {
            showChooser(context);
        } else if ("back".equals(action)) {
            show(context, Step.PHONE, page(context, Step.PHONE));
        } else if ("resend".equals(action)) {
            resend(context, settings, Step.PHONE_CODE, phone.get());
        } else {
            // the proof names the number the entered code was sent to, whatever the page says
            acceptedSmsCode(context, settings, Step.PHONE_CODE, phone.get(), form.getFirst(CODE)).ifPresent(sentTo -> {
                noteRemember(context, form);
                showNewRecoveryCode(context, enrolment.phoneProven(sentTo));
            });
        }
    }

    private void enterFirstAppCode(AuthenticationFlowContext context, TwoStepSettings settings, String action, MultivaluedMap<String, String> form) {
        Enrolment enrolment = enrolment(context, settings);
        Optional<String> secret = enrolment.secret();
        if (secret.isEmpty() || "back".equals(action)) {
            showChooser(context);
            return;
        }
        String typed = strip(form.getFirst(CODE));
        OTPCredentialModel candidate = OTPCredentialModel.createFromPolicy(context.getRealm(), secret.get(), "Authenticator");
        Optional<Boolean> right = wrongCodes(context, settings).check(() -> !typed.isEmpty()
                && CredentialValidation.validOTP(typed, candidate, context.getRealm().getOTPPolicy().getLookAheadWindow()));
        if (right.isEmpty() || !right.get()) {
            showAuthenticatorSetup(context, settings, right.isEmpty() ? "mdrive.2sv.tooManyWrongCodes" : "mdrive.2sv.codeWrong");
            return;
        }
        noteRemember(context, form);
        showNewRecoveryCode(context, enrolment.appProven(secret.get(), typed));
    }

    private void showNewRecoveryCode(AuthenticationFlowContext context, String code) {
        show(context, Step.RECOVERY_CODE, page(context, Step.RECOVERY_CODE).setAttribute("recoveryCode", code));
    }

    /** Only now, with the recovery code saved, the registration is stored: what was proven, all of it or none. */
    private void acknowledgeRecoveryCode(AuthenticationFlowContext context, TwoStepSettings settings, String saved) {
        Enrolment enrolment = enrolment(context, settings);
        Optional<String> code = enrolment.recoveryCode();
        if (code.isPresent() && !"on".equals(saved)) {
            show(context, Step.RECOVERY_CODE, page(context, Step.RECOVERY_CODE).setAttribute("recoveryCode", code.get())
                    .addError(new FormMessage(SAVED, "mdrive.2sv.recoveryCodeNotSaved")));
            return;
        }
        if (code.isEmpty() || enrolment.register(context.getSession(), context.getRealm(), context.getUser()).isEmpty()) {
            LOG.warnf("2SV enrolment of user %s acknowledged without a matching proof; started again", context.getUser().getId());
            enrolment.clear();
            show(context, Step.CHOOSE, page(context, Step.CHOOSE).setError("mdrive.2sv.enrolAgain"));
            return;
        }
        show(context, Step.DONE, page(context, Step.DONE));
    }

    private void sendLoginCode(AuthenticationFlowContext context, TwoStepSettings settings, String phone) {
        SmsCodes.Result sent = smsCodes(context, settings).send(phone);
        LoginFormsProvider page = codePage(context, Step.SMS, phone);
        // a reload of the page within the cooldown: the code sent moments ago is still the one
        if (sent.sent() == SmsCodes.Sent.SENT || sent.sent() == SmsCodes.Sent.COOLDOWN) {
            page.setInfo("mdrive.2sv.smsSent", MaskedPhoneNumber.of(phone));
        } else {
            page.setError(sendFailureMessage(sent), sent.waitSeconds());
        }
        show(context, Step.SMS, page);
    }

    private void enterSmsCode(AuthenticationFlowContext context, TwoStepSettings settings, String action, MultivaluedMap<String, String> form) {
        String phone = TwoStepRegistration.of(context.getUser()).phoneNumber().orElse(null);
        if (phone == null) {
            ask(context, settings, null);
            return;
        }
        if ("recovery".equals(action)) {
            show(context, Step.RECOVERY, page(context, Step.RECOVERY));
            return;
        }
        if ("resend".equals(action)) {
            resend(context, settings, Step.SMS, phone);
            return;
        }
        if (acceptedSmsCode(context, settings, Step.SMS, phone, form.getFirst(CODE)).isPresent()) {
            noteRemember(context, form);
            finish(context, settings, "sms");
        }
    }

    private void enterAppCode(AuthenticationFlowContext context, TwoStepSettings settings, String action, MultivaluedMap<String, String> form) {
        Optional<String> credentialId = TwoStepRegistration.of(context.getUser()).authenticator().map(c -> c.getId());
        if (credentialId.isEmpty()) {
            ask(context, settings, null);
            return;
        }
        if ("recovery".equals(action)) {
            show(context, Step.RECOVERY, page(context, Step.RECOVERY));
            return;
        }
        String typed = strip(form.getFirst(CODE));
        // Keycloak's OTP check, which also refuses a code used before within its window
        Optional<Boolean> right = wrongCodes(context, settings).check(() -> !typed.isEmpty() && context.getUser().credentialManager()
                .isValid(new UserCredentialModel(credentialId.get(), OTPCredentialModel.TYPE, typed)));
        if (right.isEmpty()) {
            show(context, Step.AUTHENTICATOR, page(context, Step.AUTHENTICATOR).setError("mdrive.2sv.tooManyWrongCodes"));
            return;
        }
        if (!right.get()) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            show(context, Step.AUTHENTICATOR, page(context, Step.AUTHENTICATOR).addError(new FormMessage(CODE, "mdrive.2sv.codeWrong")));
            return;
        }
        noteRemember(context, form);
        finish(context, settings, "authenticator");
    }

    /** R-2SV-6: the recovery code passes this once and sends the user through enrolment again. */
    private void enterRecoveryCode(AuthenticationFlowContext context, TwoStepSettings settings, String action, String typed) {
        TwoStepRegistration registration = TwoStepRegistration.of(context.getUser());
        if ("back".equals(action)) {
            ask(context, settings, null);
            return;
        }
        Optional<Boolean> matches = wrongCodes(context, settings)
                .check(() -> registration.recoveryCode().map(credential -> RecoveryCode.matches(credential, typed)).orElse(false));
        if (matches.isEmpty()) {
            show(context, Step.RECOVERY, page(context, Step.RECOVERY).setError("mdrive.2sv.tooManyWrongCodes"));
            return;
        }
        if (!matches.get()) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            show(context, Step.RECOVERY, page(context, Step.RECOVERY).addError(new FormMessage(RECOVERY, "mdrive.2sv.recoveryCodeWrong")));
            return;
        }
        registration.reset();
        context.getAuthenticationSession().removeAuthNote(REMEMBER_NOTE);
        // the code sent to the lost phone is void, and its cooldown must not hold up the new phone
        smsCodes(context, settings).forget();
        credentialsRemoved(context, "mdrive_recovery_code_used");
        ask(context, settings, "mdrive.2sv.recoveryCodeUsed");
    }

    /** Audits a reset of the registration as Keycloak's own credential-removal event, with our reason. */
    private static void credentialsRemoved(AuthenticationFlowContext context, String reason) {
        context.getEvent().clone().event(EventType.REMOVE_CREDENTIAL).user(context.getUser())
                .detail(Details.CREDENTIAL_TYPE, TwoStepRegistration.TYPES.stream().sorted().collect(Collectors.joining(",")))
                .detail(Details.REASON, reason)
                .success();
    }

    /** The number the accepted code had been sent to; empty, with the page shown again, for any other outcome. */
    private Optional<String> acceptedSmsCode(AuthenticationFlowContext context, TwoStepSettings settings, Step step, String phone, String typed) {
        Optional<OneTimeCode.Check> checked = wrongCodes(context, settings)
                .check(() -> smsCodes(context, settings).check(typed), check -> check.outcome() == OneTimeCode.Outcome.WRONG);
        if (checked.isEmpty()) {
            show(context, step, codePage(context, step, phone).setError("mdrive.2sv.tooManyWrongCodes"));
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
        context.getEvent().error(check.outcome() == OneTimeCode.Outcome.EXPIRED ? Errors.EXPIRED_CODE : Errors.INVALID_USER_CREDENTIALS);
        show(context, step, codePage(context, step, phone).addError(new FormMessage(CODE, message)));
        return Optional.empty();
    }

    private void resend(AuthenticationFlowContext context, TwoStepSettings settings, Step step, String phone) {
        SmsCodes.Result sent = smsCodes(context, settings).send(phone);
        LoginFormsProvider page = codePage(context, step, phone);
        if (sent.sent() == SmsCodes.Sent.SENT) {
            page.setInfo("mdrive.2sv.smsResent", MaskedPhoneNumber.of(phone));
        } else {
            page.setError(sendFailureMessage(sent), sent.waitSeconds());
        }
        show(context, step, page);
    }

    private static String sendFailureMessage(SmsCodes.Result result) {
        return switch (result.sent()) {
            case COOLDOWN -> "mdrive.2sv.resendCooldown";
            case DAILY_LIMIT -> "mdrive.2sv.smsDailyLimit";
            case DELIVERY_FAILED -> "mdrive.2sv.smsFailed";
            case SENT -> throw new IllegalArgumentException("sent is no failure");
        };
    }

    private void finish(AuthenticationFlowContext context, TwoStepSettings settings, String how) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("on".equals(authSession.getAuthNote(REMEMBER_NOTE))) {
            new RememberedBrowser(context.getSession(), context.getRealm(), context.getUser()).remember(settings.rememberFor());
        }
        LastSignIn.record(context.getUser());
        for (String note : new String[] {Step.NOTE, REMEMBER_NOTE}) {
            authSession.removeAuthNote(note);
        }
        enrolment(context, settings).clear();
        context.getEvent().detail(EVENT_DETAIL, how);
        context.success();
    }

    private static void noteRemember(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        context.getAuthenticationSession().setAuthNote(REMEMBER_NOTE, "on".equals(form.getFirst(REMEMBER)) ? "on" : "off");
    }

    private static WrongCodes wrongCodes(AuthenticationFlowContext context, TwoStepSettings settings) {
        return new WrongCodes(context.getSession(), context.getUser(), settings.wrongCodesPerUserPerDay());
    }

    private void showAuthenticatorSetup(AuthenticationFlowContext context, TwoStepSettings settings, String error) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String secret = enrolment(context, settings).secret().orElseThrow();
        LoginFormsProvider page = page(context, Step.AUTHENTICATOR_SETUP)
                .setAttribute("totpSecret", TotpUtils.encode(secret))
                .setAttribute("totpQrCode", TotpUtils.qrCode(session, secret, realm, context.getUser()))
                .setAttribute("totpDigits", realm.getOTPPolicy().getDigits());
        if (error != null) {
            page.addError(new FormMessage(CODE, error));
        }
        show(context, Step.AUTHENTICATOR_SETUP, page);
    }

    private static void showChooser(AuthenticationFlowContext context) {
        show(context, Step.CHOOSE, page(context, Step.CHOOSE).setInfo(ENROL_LEAD));
    }

    private static LoginFormsProvider codePage(AuthenticationFlowContext context, Step step, String phone) {
        return page(context, step).setAttribute("maskedPhone", MaskedPhoneNumber.of(phone));
    }

    private static LoginFormsProvider page(AuthenticationFlowContext context, Step step) {
        return context.form()
                .setExecution(context.getExecution().getId())
                .setAttribute("mdriveStep", step.pageName())
                .setAttribute("codeLength", SmsCodes.LENGTH);
    }

    private static void show(AuthenticationFlowContext context, Step step, LoginFormsProvider page) {
        context.getAuthenticationSession().setAuthNote(Step.NOTE, step.name());
        context.challenge(page.createForm(step.template()));
    }

    private static SmsCodes smsCodes(AuthenticationFlowContext context, TwoStepSettings settings) {
        return new SmsCodes(context.getSession(), context.getAuthenticationSession(), context.getUser(), settings);
    }

    private static Enrolment enrolment(AuthenticationFlowContext context, TwoStepSettings settings) {
        return new Enrolment(context.getAuthenticationSession(), smsCodes(context, settings));
    }

    private static TwoStepSettings settings(AuthenticationFlowContext context) {
        return TwoStepSettings.of(context.getAuthenticatorConfig());
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
