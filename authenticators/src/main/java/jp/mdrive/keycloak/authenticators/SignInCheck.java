package jp.mdrive.keycloak.authenticators;

import java.util.function.UnaryOperator;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * A check of the known user that lets the sign-in go on or refuses it with {@link StepRefusal}: a
 * page in the browser, an OAuth error on the token endpoint. It asks the user nothing, so a post to
 * it is checked again.
 */
public abstract class SignInCheck implements OwnStep {

    private final boolean tokenEndpoint;

    protected SignInCheck(boolean tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    /** @param page adds the refusal page's attributes to the form; only the browser gets a page */
    protected void refuse(AuthenticationFlowContext context, String error, String reason, UnaryOperator<LoginFormsProvider> page,
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
