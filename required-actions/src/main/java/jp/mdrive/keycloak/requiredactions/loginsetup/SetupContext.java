package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.PendingPassword;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/**
 * What a login setup page works with: the required action (its form, session and events), where
 * the setup stands, and the purpose of the link that opened it.
 */
record SetupContext(RequiredActionContext action, SetupState state, LoginSetupPurpose purpose) {

    KeycloakSession session() {
        return action.getSession();
    }

    UserModel user() {
        return action.getUser();
    }

    EventBuilder event() {
        return action.getEvent().clone();
    }

    void challenge(Response response) {
        action.challenge(response);
    }

    /** Moves the setup on to that page and shows it. */
    void show(Page page) {
        state.show(page);
        challenge(SetupPage.of(page).open(this));
    }

    /** 戻る: the choice again, and a password typed on the way forgotten. */
    void back() {
        PendingPassword.forget(action.getAuthenticationSession());
        show(Page.CHOOSE);
    }

    /** The form with everything the setup pages show: addresses, methods, the providers to choose from. */
    LoginFormsProvider form() {
        UserModel user = user();
        SetupChoices choices = SetupChoices.of(session(), user);
        return action.form()
                .setAttribute("mdriveSetupPurpose", purpose.value())
                .setAttribute("mdriveSetupEmail", user.getEmail())
                .setAttribute("mdriveSetupNewEmail", state.newAddress())
                .setAttribute("mdriveSetupCurrentMethod", LoginMethod.of(user).map(LoginMethod::value).orElse(null))
                .setAttribute("mdriveSetupMethod", state.method().map(LoginMethod::value).orElse(null))
                .setAttribute("mdriveSetupPasswordUser", LoginMethod.of(user).map(LoginMethod.PASSWORD::equals).orElse(false))
                .setAttribute("mdriveSetupProviders", choices.providers().stream().map(idp -> Map.of("alias", idp.getAlias(),
                        "displayName", idp.getDisplayName() == null ? idp.getAlias() : idp.getDisplayName())).toList())
                .setAttribute("mdriveSetupConnectionId", choices.activeDirectory().map(Object::toString).orElse(null));
    }
}
