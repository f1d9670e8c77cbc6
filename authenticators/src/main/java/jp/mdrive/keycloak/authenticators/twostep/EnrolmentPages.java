package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.CredentialValidation;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.utils.TotpUtils;

import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SecondFactor;
import jp.mdrive.keycloak.core.sms.InvalidPhoneNumberException;
import jp.mdrive.keycloak.core.sms.MaskedPhoneNumber;
import jp.mdrive.keycloak.core.sms.PhoneNumbers;

/**
 * R-2SV-2, R-2SV-3, R-2SV-5: enrolment of a user who has no registration yet. The SMS page first,
 * with a link to the authenticator app and one back, the code that proves the method, the recovery
 * code to acknowledge, 2段階認証完了. Nothing is stored until the recovery code is acknowledged, and
 * then only what the entered code proved (R-SEC-9).
 */
final class EnrolmentPages {

    static final String PHONE = "phone";
    static final String SAVED = "saved";
    private static final String SMS = "sms";
    private static final String AUTHENTICATOR = "authenticator";
    private static final String BACK = "back";
    private static final Logger LOG = Logger.getLogger(EnrolmentPages.class);

    private EnrolmentPages() {
    }

    /**
     * Manual 1.1 (2): enrolment opens on the SMS page; {@code info} says why, when something led here
     * (a recovery code used). Starting afresh drops whatever an earlier start left behind (R-SEC-9).
     */
    static void start(TwoStepContext context, String info) {
        context.enrolment().chooseSms();
        LoginFormsProvider page = context.page(Step.PHONE);
        context.show(Step.PHONE, info == null ? page : page.setInfo(info));
    }

    /**
     * R-2SV-2, R-SEC-9: 「QRコードでの認証はこちら」 and the way back to SMS, on any enrolment page
     * before the recovery code: the other method starts afresh, nothing of the one left behind
     * survives. A post of the former chooser page sends the same actions and lands here too.
     * False when the action asks for no switch.
     */
    private static boolean switchedMethod(TwoStepContext context, String action) {
        if (SMS.equals(action)) {
            start(context, null);
            return true;
        }
        if (AUTHENTICATOR.equals(action)) {
            context.enrolment().chooseAuthenticator();
            showAuthenticatorSetup(context, null);
            return true;
        }
        return false;
    }

    static void enterPhone(TwoStepContext context, String action, String typed) {
        if (switchedMethod(context, action)) {
            return;
        }
        if (BACK.equals(action)) {
            // the first page has nothing before it; a post from the former one with 戻る sends no code
            start(context, null);
            return;
        }
        String e164;
        try {
            e164 = PhoneNumbers.mobileE164(typed, context.settings().phoneRegions());
        } catch (InvalidPhoneNumberException e) {
            context.flow().getEvent().error(Errors.INVALID_INPUT);
            context.show(Step.PHONE, context.page(Step.PHONE).setAttribute("typedPhone", typed == null ? "" : typed.strip())
                    .addError(new FormMessage(PHONE, e.getMessage())));
            return;
        }
        SmsCodes.Result sent = context.smsCodes().send(e164);
        if (sent.sent() != SmsCodes.Sent.SENT) {
            context.show(Step.PHONE, context.page(Step.PHONE).setAttribute("typedPhone", typed.strip())
                    .addError(new FormMessage(PHONE, TwoStepContext.sendFailureMessage(sent), sent.waitSeconds())));
            return;
        }
        context.enrolment().phoneCodeSent(e164);
        context.show(Step.PHONE_CODE, context.codePage(Step.PHONE_CODE, e164).setInfo("mdrive.2sv.smsSent", MaskedPhoneNumber.of(e164)));
    }

    static void enterPhoneCode(TwoStepContext context, String action, MultivaluedMap<String, String> form) {
        Enrolment enrolment = context.enrolment();
        Optional<String> phone = enrolment.phone();
        if (switchedMethod(context, action)) {
            return;
        }
        if (phone.isEmpty()) {
            start(context, null);
        } else if (BACK.equals(action)) {
            context.show(Step.PHONE, context.page(Step.PHONE));
        } else if ("resend".equals(action)) {
            context.resend(Step.PHONE_CODE, phone.get());
        } else {
            // the proof names the number the entered code was sent to, whatever the page says
            context.acceptedSmsCode(Step.PHONE_CODE, phone.get(), form.getFirst(TwoStepContext.CODE)).ifPresent(sentTo -> {
                context.noteRemember(form);
                showNewRecoveryCode(context, enrolment.phoneProven(sentTo));
            });
        }
    }

    static void enterFirstAppCode(TwoStepContext context, String action, MultivaluedMap<String, String> form) {
        Enrolment enrolment = context.enrolment();
        Optional<String> secret = enrolment.secret();
        if (switchedMethod(context, action)) {
            return;
        }
        if (secret.isEmpty() || BACK.equals(action)) {
            start(context, null);
            return;
        }
        RealmModel realm = context.flow().getRealm();
        String typed = TwoStepContext.strip(form.getFirst(TwoStepContext.CODE));
        OTPCredentialModel candidate = OTPCredentialModel.createFromPolicy(realm, secret.get(), "Authenticator");
        Optional<Boolean> right = context.wrongCodes(SecondFactor.APP).check(() -> !typed.isEmpty()
                && CredentialValidation.validOTP(typed, candidate, realm.getOTPPolicy().getLookAheadWindow()));
        if (right.isEmpty() || !right.get()) {
            showAuthenticatorSetup(context, right.isEmpty() ? "mdrive.2sv.tooManyWrongCodes" : "mdrive.2sv.codeWrong");
            return;
        }
        context.noteRemember(form);
        showNewRecoveryCode(context, enrolment.appProven(secret.get(), typed));
    }

    /** Only now, with the recovery code saved, the registration is stored: what was proven, all of it or none. */
    static void acknowledgeRecoveryCode(TwoStepContext context, String saved) {
        Enrolment enrolment = context.enrolment();
        Optional<String> code = enrolment.recoveryCode();
        if (code.isPresent() && !"on".equals(saved)) {
            context.show(Step.RECOVERY_CODE, context.page(Step.RECOVERY_CODE).setAttribute("recoveryCode", code.get())
                    .addError(new FormMessage(SAVED, "mdrive.2sv.recoveryCodeNotSaved")));
            return;
        }
        if (code.isEmpty() || enrolment.register(context.flow().getSession(), context.flow().getRealm(), context.user()).isEmpty()) {
            LOG.warnf("2SV enrolment of user %s acknowledged without a matching proof; started again", context.user().getId());
            enrolment.clear();
            context.show(Step.PHONE, context.page(Step.PHONE).setError("mdrive.2sv.enrolAgain"));
            return;
        }
        context.show(Step.DONE, context.page(Step.DONE));
    }

    /** 2段階認証完了's ログインする: the sign-in goes on, with how the user enrolled on the event. */
    static void done(TwoStepContext context) {
        context.finish("enrolled_" + context.enrolment().provenMethod().orElse(""));
    }

    private static void showNewRecoveryCode(TwoStepContext context, String code) {
        context.show(Step.RECOVERY_CODE, context.page(Step.RECOVERY_CODE).setAttribute("recoveryCode", code));
    }

    private static void showAuthenticatorSetup(TwoStepContext context, String error) {
        RealmModel realm = context.flow().getRealm();
        String secret = context.enrolment().secret().orElseThrow();
        LoginFormsProvider page = context.page(Step.AUTHENTICATOR_SETUP)
                .setAttribute("totpSecret", TotpUtils.encode(secret))
                .setAttribute("totpQrCode", TotpUtils.qrCode(context.flow().getSession(), secret, realm, context.user()))
                .setAttribute("totpDigits", realm.getOTPPolicy().getDigits());
        if (error != null) {
            page.addError(new FormMessage(TwoStepContext.CODE, error));
        }
        context.show(Step.AUTHENTICATOR_SETUP, page);
    }
}
