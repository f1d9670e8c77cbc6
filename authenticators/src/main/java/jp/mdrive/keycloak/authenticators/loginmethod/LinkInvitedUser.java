package jp.mdrive.keycloak.authenticators.loginmethod;

import java.util.Optional;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.authenticators.StepRefusal;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/**
 * R-LOGIN-2: the first sign-in through an identity provider links to the user a contract admin
 * registered with that address and that login method; it never creates a user. Anyone else (no such
 * address, another method, a user already linked to another account of that provider) is refused.
 */
public class LinkInvitedUser extends AbstractIdpAuthenticator {

    static final String NOT_INVITED = "mdrive_not_invited";
    static final String TEMPLATE = "mdrive-not-invited.ftl";

    @Override
    protected void authenticateImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
            BrokeredIdentityContext brokerContext) {
        String alias = brokerContext.getIdpConfig().getAlias();
        String email = brokerContext.getEmail();
        UserModel user = email == null ? null : context.getSession().users().getUserByEmail(context.getRealm(), email);
        if (user == null) {
            refuse(context, "unknown_address");
            return;
        }
        context.setUser(user);
        Optional<String> mismatch = LoginMethod.of(user)
                .map(own -> LoginMethodRule.mismatch(context.getSession(), user, own, alias))
                .orElse(Optional.of("no_login_method"));
        if (mismatch.isPresent()) {
            refuse(context, mismatch.get());
            return;
        }
        if (context.getSession().users().getFederatedIdentity(context.getRealm(), user, alias) != null) {
            refuse(context, "linked_to_another_account");
            return;
        }
        context.success();
    }

    private static void refuse(AuthenticationFlowContext context, String reason) {
        StepRefusal.refuse(context, NOT_INVITED, reason, context.form(), TEMPLATE, null);
    }

    @Override
    protected void actionImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
            BrokeredIdentityContext brokerContext) {
        authenticateImpl(context, serializedCtx, brokerContext);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }
}
