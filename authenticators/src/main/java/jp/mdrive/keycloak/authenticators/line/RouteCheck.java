package jp.mdrive.keycloak.authenticators.line;

import org.keycloak.authentication.AuthenticationFlowContext;

import jp.mdrive.keycloak.authenticators.SignInCheck;
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
        refuse(context, REFUSED, verdict.reason(), page -> page, TEMPLATE,
                "Sign-in is allowed only through the contract's registered lines");
    }
}
