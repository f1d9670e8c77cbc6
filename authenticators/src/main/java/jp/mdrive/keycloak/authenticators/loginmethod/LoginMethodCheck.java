package jp.mdrive.keycloak.authenticators.loginmethod;

import java.util.Optional;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.authenticators.SignInCheck;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/**
 * R-LOGIN-5 where a sign-in completes: after the password (browser and password grant) and after
 * every identity-provider sign-in (post-broker flow). A password user cannot come in through an
 * identity provider someone linked, nor a federated user through a password an admin set.
 */
public class LoginMethodCheck extends SignInCheck {

    static final String REFUSED = "mdrive_wrong_login_method";
    static final String TEMPLATE = "mdrive-login-method-refused.ftl";

    LoginMethodCheck(boolean tokenEndpoint) {
        super(tokenEndpoint);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String identityProvider = brokeredProvider(context).orElse(null);
        Optional<LoginMethod> own = LoginMethod.of(user);
        if (own.isEmpty()) {
            // a user from before login methods were recorded, signing in the only way they can: that is their method
            LoginMethod.ofIdentityProvider(identityProvider == null ? LoginMethod.PASSWORD.value() : identityProvider).assignTo(user);
            context.success();
            return;
        }
        Optional<String> mismatch = LoginMethodRule.mismatch(context.getSession(), user, own.get(), identityProvider);
        context.getEvent().detail("mdrive_login_method", own.get().value());
        if (mismatch.isEmpty()) {
            context.success();
            return;
        }
        refuse(context, REFUSED, mismatch.get(), page -> page.setAttribute("mdriveLoginMethod", own.get().value()), TEMPLATE,
                "This account signs in with its own login method only");
    }

    /** The identity provider of a post-broker sign-in; empty after a password. */
    private static Optional<String> brokeredProvider(AuthenticationFlowContext context) {
        return Optional.ofNullable(SerializedBrokeredIdentityContext.readFromAuthenticationSession(context.getAuthenticationSession(),
                PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT)).map(SerializedBrokeredIdentityContext::getIdentityProviderId);
    }
}
