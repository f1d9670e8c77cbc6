package jp.mdrive.keycloak.authenticators.resetpassword;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;

import org.keycloak.TokenVerifier;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialEmail;
import org.keycloak.common.VerificationException;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * R-LOCK-4: mails 【M-Drive】パスワードリセット with a single-use link to the password page. Only
 * password users get one (federated and AD users have no password here); everyone, including an
 * unknown address, sees the same "mail sent" page, and the mail leaves after the response, so
 * neither the page nor its timing tells whether the address exists.
 */
public class ResetMail extends ResetCredentialEmail {

    public static final String PROVIDER_ID = "mdrive-reset-mail";
    static final String SUBJECT = "mdrive.mail.passwordReset.subject";
    static final String TEMPLATE = "mdrive-password-reset.ftl";
    /** The purpose of the reset link's generation (R-SEC-6). */
    static final String LINK_PURPOSE = "password-reset";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (user != null && Objects.equals(user.getId(), authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID))) {
            backThroughLink(context, user, authSession);
            return;
        }
        String typed = authSession.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        if (user == null || user.getEmail() == null || !user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
            context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).detail(Details.USERNAME, typed)
                    .user(user).error(user == null ? Errors.USER_NOT_FOUND : Errors.INVALID_USER_CREDENTIALS);
        } else {
            sendLink(context, user, authSession, typed);
        }
        context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
    }

    /**
     * Back through the mailed link: on to the new password, unless a newer link or a change of the
     * account has voided it (R-SEC-6). Keycloak spends an action token when its flow ends in a login;
     * this procedure ends on a completion page instead, so the link is spent on opening: the page it
     * opened carries on in this authentication session, which keeps the link so that the password
     * page can tell whether it is still current, and the link itself cannot open another.
     */
    private static void backThroughLink(AuthenticationFlowContext context, UserModel user, AuthenticationSessionModel authSession) {
        Optional<MailLink> link = openedLink(authSession);
        MailLink.Spending spending = link.map(opened -> opened.spend(context.getSession(), user)).orElse(MailLink.Spending.VOID);
        if (spending != MailLink.Spending.SPENT) {
            context.forceChallenge(MailLinks.refused(context.getEvent().clone().event(EventType.RESET_PASSWORD).user(user),
                    context.form(), spending));
            return;
        }
        link.get().keep(authSession);
        context.success();
    }

    /** The link of this request; Keycloak keeps the token it has just verified in the authentication session. */
    private static Optional<MailLink> openedLink(AuthenticationSessionModel authSession) {
        String tokenString = authSession.getAuthNote(Constants.KEY);
        if (tokenString == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MailLink.of(TokenVerifier.create(tokenString, ResetCredentialsActionToken.class).getToken(), LINK_PURPOSE));
        } catch (VerificationException e) {
            return Optional.empty();
        }
    }

    private void sendLink(AuthenticationFlowContext context, UserModel user, AuthenticationSessionModel authSession, String typed) {
        int lifespan = context.getRealm().getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(user.getId(), user.getEmail(), Time.currentTime() + lifespan,
                AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(), authSession.getClient().getClientId());
        LinkGeneration.of(user).stamp(token, LINK_PURPOSE);
        String link = context.getActionTokenUrl(token.serialize(context.getSession(), context.getRealm(), context.getUriInfo())).toString();
        MdriveMail.sendAfterCommit(context.getSession(), context.getRealm(), user, SUBJECT, TEMPLATE,
                Map.of("link", link, "validDays", lifespan / 86_400));
        context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).user(user).detail(Details.USERNAME, typed)
                .detail(Details.EMAIL, user.getEmail()).success();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Keycloak's options of this step (force login, federated only) do not apply: the procedure never logs in. */
    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public String getDisplayType() {
        return "M-Drive Reset Mail";
    }

    @Override
    public String getHelpText() {
        return "Mails password users a link to set a new password; shows every requester the same page.";
    }
}
