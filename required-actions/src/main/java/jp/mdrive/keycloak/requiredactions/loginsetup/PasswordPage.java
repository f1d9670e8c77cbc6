package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;

/** The new password of a login-method change to password (manual 2.1): set by its own button. */
final class PasswordPage extends PageWithBack {

    PasswordPage() {
        super("mdrive-setup-password.ftl");
    }

    @Override
    void proceed(SetupContext setup, MultivaluedMap<String, String> form) {
        if (keepPassword(setup, form, setup.user())) {
            SetupCompletion.withPassword(setup);
        }
    }
}
