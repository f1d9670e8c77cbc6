package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.NewPassword;
import jp.mdrive.keycloak.core.identity.PendingPassword;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/** One page of a login setup: its template, and what its buttons do. */
abstract class SetupPage {

    private final String template;

    SetupPage(String template) {
        this.template = template;
    }

    static SetupPage of(Page page) {
        return switch (page) {
            case CHOOSE -> new ChoosePage();
            case PASSWORD -> new PasswordPage();
            case CONNECTION_ID -> new ConnectionIdPage();
            case CONFIRM -> new ConfirmPage();
            case EMAIL -> new EmailPage();
            case DONE -> new SetupDonePage();
        };
    }

    /** The page as it opens, from the link or from the page before. */
    Response open(SetupContext setup) {
        return setup.form().createForm(template);
    }

    /** The page again, saying why its button did nothing. */
    void refuse(SetupContext setup, String messageKey) {
        setup.challenge(setup.form().setError(messageKey).createForm(template));
    }

    /**
     * Checks the two password fields against each other and the realm's policy (for that user, as
     * the account will be) and keeps the password hashed; on a refusal shows the page again with
     * the reason and returns false.
     */
    boolean keepPassword(SetupContext setup, MultivaluedMap<String, String> form, UserModel asUser) {
        NewPassword.Typed typed = NewPassword.typed(form, NewPassword.Missing.EMPTY);
        Optional<NewPassword.Refusal> refusal = typed.refused().or(() -> PendingPassword.keep(setup.session(),
                setup.action().getRealm(), asUser, setup.action().getAuthenticationSession(), typed.password()));
        if (refusal.isPresent()) {
            setup.event().detail(Details.REASON, refusal.get().message()).error(Errors.PASSWORD_REJECTED);
            setup.challenge(setup.form().addError(refusal.get().formMessage()).createForm(template));
            return false;
        }
        return true;
    }

    /** A button pressed on this page: the page again with a message, the next page, or the change made. */
    abstract void submit(SetupContext setup, MultivaluedMap<String, String> form);
}
