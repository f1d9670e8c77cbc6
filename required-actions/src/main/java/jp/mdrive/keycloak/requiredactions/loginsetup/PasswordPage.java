package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The new password of a login-method change to password (manual 2.1): set by its own button. */
final class PasswordPage implements SetupPage {

    static final String TEMPLATE = "mdrive-setup-password.ftl";

    @Override
    public Response open(SetupContext setup) {
        return setup.form().createForm(TEMPLATE);
    }

    @Override
    public void submit(SetupContext setup, MultivaluedMap<String, String> form) {
        if (form.containsKey("back")) {
            setup.back();
        } else if (setup.keepPassword(form, setup.user(), TEMPLATE)) {
            SetupCompletion.withPassword(setup);
        }
    }
}
