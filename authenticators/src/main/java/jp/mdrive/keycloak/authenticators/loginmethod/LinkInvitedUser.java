package jp.mdrive.keycloak.authenticators.loginmethod;

import java.util.Optional;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.authenticators.StepRefusal;
import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginMethodSwitch;
import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.PendingSetup;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;

/**
 * R-LOGIN-2: the first sign-in through an identity provider links to the user a contract admin
 * registered with that address and that login method, or, when the login-setup pages sent the user
 * there, to the user they were for; it never creates a user. Anyone else (no such
 * address, another method, a user already linked to another account of that provider) is refused.
 */
public class LinkInvitedUser extends AbstractIdpAuthenticator {

    static final String NOT_INVITED = "mdrive_not_invited";
    static final String TEMPLATE = "mdrive-not-invited.ftl";

    @Override
    protected void authenticateImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
            BrokeredIdentityContext brokerContext) {
        Optional<String> setup = PendingSetup.requested(context.getAuthenticationSession());
        if (setup.isPresent()) {
            linkForSetup(context, brokerContext, setup.get());
            return;
        }
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

    /**
     * The sign-in the login-setup pages started (manual 1.5 (4), 2.1 (3)②): the account is linked to
     * the user the nonce names, who gets that provider as login method, and the mail link is spent.
     * A nonce that is unknown, used, expired, for another provider or brought by another browser than
     * the one that started it (R-SEC-9), or a link voided meanwhile (R-SEC-6), changes nothing.
     */
    private static void linkForSetup(AuthenticationFlowContext context, BrokeredIdentityContext brokerContext, String nonce) {
        KeycloakSession session = context.getSession();
        String alias = brokerContext.getIdpConfig().getAlias();
        Optional<PendingSetup.Pending> pending = PendingSetup.find(session, nonce).filter(p -> p.alias().equals(alias));
        UserModel user = pending.map(p -> session.users().getUserById(context.getRealm(), p.userId())).orElse(null);
        if (user == null) {
            refuseSetup(context, "setup_not_pending");
            return;
        }
        context.getEvent().user(user);
        if (!pending.get().isFromStartingBrowser(session)) {
            refuseSetup(context, "setup_other_browser");
            return;
        }
        if (!PendingSetup.take(session, nonce, pending.get())) {
            refuseSetup(context, "setup_not_pending");
            return;
        }
        MailLink.Spending spending = LoginSetupLinks.spend(session, user, pending.get().purpose(), pending.get().link());
        if (spending != MailLink.Spending.SPENT) {
            context.forceChallenge(MailLinks.refused(context.getEvent(), context.form(), spending));
            return;
        }
        String previous = LoginMethod.of(user).map(LoginMethod::value).orElse("none");
        LoginMethodSwitch.toProvider(session, context.getRealm(), user, pending.get().method());
        context.getEvent().clone().event(EventType.UPDATE_PROFILE).user(user)
                .detail("mdrive_login_method", pending.get().method().value()).detail("mdrive_previous_login_method", previous)
                .detail(Details.REASON, "mdrive_" + pending.get().purpose().value()).success();
        context.setUser(user);
        context.success();
    }

    private static void refuseSetup(AuthenticationFlowContext context, String reason) {
        context.forceChallenge(MailLinks.refused(context.getEvent(), context.form(), Errors.INVALID_TOKEN, reason));
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
