package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.events.Errors;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;

import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SecondFactor;
import jp.mdrive.keycloak.core.twostep.RecoveryCode;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * R-2SV-1, R-2SV-3, R-2SV-6: the second step of a registered user. The code sent to the phone, the
 * app's code, or the recovery code instead, which passes once and leads into enrolment again.
 */
final class SignInCodePages {

    static final String RECOVERY = "recovery_code";

    private SignInCodePages() {
    }

    static void enterSmsCode(TwoStepContext context, String action, MultivaluedMap<String, String> form) {
        String phone = TwoStepRegistration.of(context.user()).phoneNumber().orElse(null);
        if (phone == null) {
            context.ask(null);
        } else if ("recovery".equals(action)) {
            context.show(Step.RECOVERY, context.page(Step.RECOVERY));
        } else if ("resend".equals(action)) {
            context.resend(Step.SMS, phone);
        } else if (context.acceptedSmsCode(Step.SMS, phone, form.getFirst(TwoStepContext.CODE)).isPresent()) {
            context.noteRemember(form);
            context.finish("sms");
        }
    }

    static void enterAppCode(TwoStepContext context, String action, MultivaluedMap<String, String> form) {
        Optional<String> credentialId = TwoStepRegistration.of(context.user()).authenticator().map(c -> c.getId());
        if (credentialId.isEmpty()) {
            context.ask(null);
            return;
        }
        if ("recovery".equals(action)) {
            context.show(Step.RECOVERY, context.page(Step.RECOVERY));
            return;
        }
        String typed = TwoStepContext.strip(form.getFirst(TwoStepContext.CODE));
        // Keycloak's OTP check, which also refuses a code used before within its window
        Optional<Boolean> right = context.wrongCodes(SecondFactor.APP).check(() -> !typed.isEmpty() && context.user().credentialManager()
                .isValid(new UserCredentialModel(credentialId.get(), OTPCredentialModel.TYPE, typed)));
        if (right.isEmpty()) {
            context.show(Step.AUTHENTICATOR, context.page(Step.AUTHENTICATOR).setError("mdrive.2sv.tooManyWrongCodes"));
            return;
        }
        if (!right.get()) {
            context.flow().getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.show(Step.AUTHENTICATOR, context.page(Step.AUTHENTICATOR)
                    .addError(new FormMessage(TwoStepContext.CODE, "mdrive.2sv.codeWrong")));
            return;
        }
        context.noteRemember(form);
        context.finish("authenticator");
    }

    /** R-2SV-6: the recovery code passes this once and sends the user through enrolment again. */
    static void enterRecoveryCode(TwoStepContext context, String action, String typed) {
        TwoStepRegistration registration = TwoStepRegistration.of(context.user());
        if ("back".equals(action)) {
            context.ask(null);
            return;
        }
        Optional<Boolean> matches = context.wrongCodes(SecondFactor.RECOVERY)
                .check(() -> registration.recoveryCode().map(credential -> RecoveryCode.matches(credential, typed)).orElse(false));
        if (matches.isEmpty()) {
            context.show(Step.RECOVERY, context.page(Step.RECOVERY).setError("mdrive.2sv.tooManyWrongCodes"));
            return;
        }
        if (!matches.get()) {
            context.flow().getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.show(Step.RECOVERY, context.page(Step.RECOVERY).addError(new FormMessage(RECOVERY, "mdrive.2sv.recoveryCodeWrong")));
            return;
        }
        registration.reset();
        context.forgetRemember();
        // the code sent to the lost phone is void, and its cooldown must not hold up the new phone
        context.smsCodes().forget();
        context.credentialsRemoved("mdrive_recovery_code_used");
        context.ask("mdrive.2sv.recoveryCodeUsed");
    }
}
