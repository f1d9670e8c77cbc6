package jp.mdrive.keycloak.authenticators;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * How our checks say no: one LOGIN_ERROR event with our error and the reason, then a page of ours
 * (403) in the browser, or an OAuth error on the token endpoint. The flow stays on the refusal, so
 * reloading or posting again is refused again.
 */
public final class StepRefusal {

    private StepRefusal() {
    }

    /** @param page the refusal page with its attributes, or null on the token endpoint */
    public static void refuse(AuthenticationFlowContext context, String error, String reason, LoginFormsProvider page, String template,
            String tokenEndpointDescription) {
        context.getEvent().user(context.getUser()).detail(Details.REASON, reason).error(error);
        if (page == null) {
            context.forceChallenge(GrantRefusal.invalidGrant(tokenEndpointDescription));
        } else {
            context.forceChallenge(page.setStatus(Response.Status.FORBIDDEN).createForm(template));
        }
    }
}
