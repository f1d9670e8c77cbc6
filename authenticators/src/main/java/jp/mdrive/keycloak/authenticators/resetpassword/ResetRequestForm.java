package jp.mdrive.keycloak.authenticators.resetpassword;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;

/**
 * Keycloak's "which account?" step of the password reset, taking the address the user already typed
 * on the login page (manual 6.2 (1): type the address, then click パスワードを忘れた方はこちら). The
 * address only fills the form; the mail goes out when the user submits it, never on a mere GET.
 * <p>
 * Submitted, it only keeps the address: {@link ResetMail} looks it up, in the same way for every
 * address, and records the one event of the request (R-SEC-7). Keycloak's own step would look the
 * address up through the user cache, which answers known addresses without a database round trip,
 * and would record a second event for unknown ones only: both tell addresses apart by time.
 */
public class ResetRequestForm extends ResetCredentialChooseUser {

    public static final String PROVIDER_ID = "mdrive-reset-request";
    static final String TYPED_ADDRESS = "username";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String typed = context.getHttpRequest().getUri().getQueryParameters().getFirst(TYPED_ADDRESS);
        if (typed != null && !typed.isBlank()) {
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, typed.strip());
        }
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String typed = context.getHttpRequest().getDecodedFormParameters().getFirst(TYPED_ADDRESS);
        if (typed == null || typed.isBlank()) {
            // Keycloak's own answer: the same form, asking for the address.
            super.action(context);
            return;
        }
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, typed.strip());
        context.clearUser();
        context.success();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive Reset Request";
    }

    @Override
    public String getHelpText() {
        return "Asks for the e-mail address of the account to reset, filled in with the address typed on the login page.";
    }
}
