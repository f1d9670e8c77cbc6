package jp.mdrive.keycloak.authenticators.line;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.authentication.AuthenticationFlowContext;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.authenticators.StepRefusal;

/**
 * The route check (R-LINE-4) wherever a member signs in: after the browser sign-in (password, AD,
 * SSO cookie), after every identity-provider login (post-broker flow) and on the password grant.
 * A refusal is a LOGIN_ERROR event {@value #REFUSED} with the reason and the line seen, and a page
 * (or, on the token endpoint, an OAuth error) telling the member to sign in from a registered line.
 */
public class RouteCheck implements OwnStep {

    static final String OPEN_CLIENTS = "mdrive.route.open-clients";
    static final String DEFAULT_OPEN_CLIENTS = "mdrive-settings";
    static final String REFUSED = "mdrive_route_refused";
    static final String TEMPLATE = "mdrive-line-refused.ftl";

    private final boolean tokenEndpoint;

    RouteCheck(boolean tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RouteRule.Verdict verdict = RouteRule.judge(context.getSession(), context.getUser(),
                context.getAuthenticationSession().getClient().getClientId(), openClients(context));
        context.getEvent().detail("mdrive_route", verdict.reason()).detail("mdrive_line", verdict.line());
        if (verdict.allowed()) {
            context.success();
            return;
        }
        StepRefusal.refuse(context, REFUSED, verdict.reason(), tokenEndpoint ? null : context.form(), TEMPLATE,
                "Sign-in is allowed only through the contract's registered lines");
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    private static Set<String> openClients(AuthenticationFlowContext context) {
        String listed = ExecutionConfig.string(context.getAuthenticatorConfig(), OPEN_CLIENTS, DEFAULT_OPEN_CLIENTS);
        return Arrays.stream(listed.split(",")).map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
