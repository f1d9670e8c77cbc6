package jp.mdrive.keycloak.authenticators.line;

import org.keycloak.authentication.AuthenticationFlowContext;

import jp.mdrive.keycloak.authenticators.StepFactory.Description;
import jp.mdrive.keycloak.authenticators.SignInCheck;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * The route check (R-LINE-4) wherever a member signs in: after the browser sign-in (password, AD,
 * SSO cookie), after every identity-provider login (post-broker flow) and on the password grant.
 * A refusal is a LOGIN_ERROR event {@value #REFUSED} with the reason and the line seen, and a page
 * (or, on the token endpoint, an OAuth error) telling the member to sign in from a registered line.
 */
public class RouteCheck extends SignInCheck {

    static final String REFUSED = "mdrive_route_refused";
    static final String TEMPLATE = "mdrive-line-refused.ftl";

    /** The check in browser and post-broker flows, where a refusal is a page. */
    static final Description IN_BROWSER = new Description("mdrive-route-check", "M-Drive access route check",
            "Refuses members of line-only contracts who do not come through one of the contract's registered lines.", null);
    /** The check on the password grant, where a refusal is an OAuth error. */
    static final Description ON_PASSWORD_GRANT = new Description("mdrive-direct-grant-route", "M-Drive access route check (password grant)",
            "Refuses password grants of members of line-only contracts who do not come through a registered line.", null);

    RouteCheck(boolean tokenEndpoint) {
        super(tokenEndpoint);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RouteRule.Verdict verdict = RouteRule.judge(context.getSession(), context.getUser(),
                SettingsSignIn.isSettingsClient(context.getAuthenticationSession().getClient()));
        context.getEvent().detail("mdrive_route", verdict.reason()).detail("mdrive_line", verdict.line());
        if (verdict.allowed()) {
            context.success();
            return;
        }
        MdriveMetrics.routeRefused(verdict.reason());
        refuse(context, REFUSED, verdict.reason(), page -> page, TEMPLATE, "Sign-in is allowed only through the contract's registered lines");
    }
}
