package jp.mdrive.keycloak.settingsmenu;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

import jp.mdrive.keycloak.authenticators.lockout.PasswordLockout;
import jp.mdrive.keycloak.core.identity.NewPassword;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;

/**
 * パスワード変更 (manual 3, R-PWD-2): current password, the new one twice, under the realm's policy.
 * A wrong current password counts toward the lockout like one on the login page, at the login flow's
 * threshold, so this page is no way around it. A changed password voids every link sent before (R-SEC-6).
 */
final class PasswordChangePage extends SettingsPage {

    static final String CURRENT = "password";

    PasswordChangePage() {
        super("mdrive-settings-password.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        UserModel user = context.user();
        String current = form.getFirst(CURRENT);
        NewPassword.Typed typed = NewPassword.typed(form, NewPassword.Missing.EMPTY);
        if (typed.refused().isPresent()) {
            return refuse(context, typed.refused().get());
        }
        PasswordLockout lockout = new PasswordLockout(context.flow());
        boolean valid = current != null && !current.isEmpty() && user.credentialManager().isValid(UserCredentialModel.password(current));
        switch (lockout.record(user, valid)) {
            case WRONG -> {
                return refuse(context, Errors.INVALID_USER_CREDENTIALS, new FormMessage(CURRENT, "mdrive.settings.password.wrongCurrent"));
            }
            case LOCKED -> {
                return refuse(context, Errors.USER_TEMPORARILY_DISABLED, new FormMessage(CURRENT, "mdrive.login.accountLocked"));
            }
            case ACCEPTED -> {
                // the new password is checked next
            }
        }
        Optional<NewPassword.Refusal> refusal = typed.password().set(user);
        if (refusal.isPresent()) {
            return refuse(context, refusal.get());
        }
        LinkGeneration.of(user).voidAll();
        context.event(EventType.UPDATE_PASSWORD).success();
        return context.done("mdrive.settings.password.title", "mdrive.settings.password.done");
    }

    private Response refuse(SettingsContext context, NewPassword.Refusal refusal) {
        return refuse(context, refusal.error(), refusal.formMessage());
    }

    private Response refuse(SettingsContext context, String error, FormMessage message) {
        context.event(EventType.UPDATE_PASSWORD).detail(Details.REASON, message.getMessage()).error(error);
        return show(context.form().addError(message));
    }
}
