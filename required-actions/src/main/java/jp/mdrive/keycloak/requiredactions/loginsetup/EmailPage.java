package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.EmailChange;
import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.PendingPassword;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/**
 * メールアドレス変更確認: the new address made the account's by this button, with a new
 * password for a password user, whose policy may depend on the address.
 */
final class EmailPage extends SetupPage {

    EmailPage() {
        super("mdrive-setup-email.ftl");
    }

    @Override
    void submit(SetupContext setup, MultivaluedMap<String, String> form) {
        UserModel user = setup.user();
        KeycloakSession session = setup.session();
        String newAddress = setup.state().newAddress();
        if (EmailChange.isTaken(session, setup.action().getRealm(), user, newAddress)) {
            setup.event().event(EventType.UPDATE_EMAIL).detail(Details.UPDATED_EMAIL, newAddress).error(Errors.EMAIL_IN_USE);
            refuse(setup, "mdrive.setup.addressTaken");
            return;
        }
        boolean passwordUser = LoginMethod.of(user).map(LoginMethod.PASSWORD::equals).orElse(false);
        // the policy checks the password against the address it will sign in with, the new one
        if (passwordUser && !keepPassword(setup, form, EmailChange.asIfChanged(user, newAddress))) {
            return;
        }
        if (!SetupCompletion.spendLink(setup)) {
            return;
        }
        String oldAddress = user.getEmail();
        EmailChange.apply(session, setup.action().getRealm(), user, newAddress);
        if (passwordUser) {
            PendingPassword.store(session, setup.action().getRealm(), user, setup.action().getAuthenticationSession());
        }
        setup.event().event(EventType.UPDATE_EMAIL)
                .detail(Details.PREVIOUS_EMAIL, oldAddress).detail(Details.UPDATED_EMAIL, newAddress)
                .detail(Details.REASON, "mdrive_email_change").success();
        setup.show(Page.DONE);
    }
}
