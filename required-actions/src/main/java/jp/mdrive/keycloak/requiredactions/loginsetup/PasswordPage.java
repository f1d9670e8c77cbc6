package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;

/** The new password of a login-method change to password (manual 2.1): set by its own button. */
final class PasswordPage extends SetupPage {

    PasswordPage() {
        super("mdrive-setup-password.ftl");
    }

    @Override
    void submit(SetupContext setup, MultivaluedMap<String, String> form) {
        if (form.containsKey("back")) {
            setup.back();
        } else if (keepPassword(setup, form, setup.user())) {
            SetupCompletion.withPassword(setup);
        }
    }
}
