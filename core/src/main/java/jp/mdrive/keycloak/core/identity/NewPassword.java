package jp.mdrive.keycloak.core.identity;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.events.Errors;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.messages.Messages;

/**
 * A new password typed twice and held to the realm's policy (R-PWD-2): the one rule behind the
 * reset page, the settings menu's password change and the login setup. Each page asks in its own
 * order (the settings page checks the current password between the two), so the two fields and the
 * policy are separate questions; each answer is the password or why not, with the field to mark.
 */
public final class NewPassword {

    public static final String FIELD = "password-new";
    public static final String CONFIRM_FIELD = "password-confirm";

    /** What counts as not typed at all: nothing, or (the reset page) nothing but spaces. */
    public enum Missing {
        EMPTY, BLANK
    }

    /** Why a password was not taken: the field and message to show, and the event error to record. */
    public record Refusal(String field, String message, Object[] parameters, String error) {

        public FormMessage formMessage() {
            return new FormMessage(field, message, parameters);
        }
    }

    private final String value;

    private NewPassword(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The two fields of a page's form. */
    public static Typed typed(MultivaluedMap<String, String> form, Missing missing) {
        return typed(form.getFirst(FIELD), form.getFirst(CONFIRM_FIELD), missing);
    }

    public static Typed typed(String password, String confirmation, Missing missing) {
        boolean absent = password == null || (missing == Missing.BLANK ? password.isBlank() : password.isEmpty());
        if (absent) {
            return new Typed(null, new Refusal(FIELD, Messages.MISSING_PASSWORD, new Object[0], Errors.PASSWORD_MISSING));
        }
        if (!password.equals(confirmation)) {
            return new Typed(null, new Refusal(CONFIRM_FIELD, Messages.NOTMATCH_PASSWORD, new Object[0], Errors.PASSWORD_CONFIRM_ERROR));
        }
        return new Typed(new NewPassword(password), null);
    }

    /** The realm's policy refusing a password. */
    public static Refusal refused(PolicyError error) {
        return new Refusal(FIELD, error.getMessage(), error.getParameters(), Errors.PASSWORD_REJECTED);
    }

    /** Makes it the user's password now, through Keycloak's password provider, which holds it to the policy. */
    public Optional<Refusal> set(UserModel user) {
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(value, false));
            return Optional.empty();
        } catch (ModelException e) {
            return Optional.of(new Refusal(FIELD, e.getMessage(), e.getParameters(), Errors.PASSWORD_REJECTED));
        }
    }

    /** The answer about the two fields: the password typed the same twice, or the refusal. */
    public record Typed(NewPassword password, Refusal refusal) {

        public Optional<Refusal> refused() {
            return Optional.ofNullable(refusal);
        }
    }
}
