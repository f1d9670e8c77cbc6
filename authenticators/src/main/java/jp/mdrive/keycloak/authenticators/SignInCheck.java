package jp.mdrive.keycloak.authenticators;

import java.util.function.UnaryOperator;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * A check of ours on a user already identified, wherever a sign-in completes: in a browser flow a
 * refusal is a page, on the password grant an OAuth error ({@link StepRefusal}). Posting to the
 * refusal page checks again.
 */
public abstract class SignInCheck implements OwnStep {

    private final boolean tokenEndpoint;

    protected SignInCheck(boolean tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    /** @param page fills the refusal page's attributes; not called on the token endpoint */
    protected final void refuse(AuthenticationFlowContext context, String error, String reason, UnaryOperator<LoginFormsProvider> page,
            String template, String tokenEndpointDescription) {
        StepRefusal.refuse(context, error, reason, tokenEndpoint ? null : page.apply(context.form()), template, tokenEndpointDescription);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
