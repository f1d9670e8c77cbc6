package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.Response;

import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.LoginSetupToken;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;

/**
 * R-ID-5: opens the pages of an invitation, login-method change or e-mail change link for the user it
 * names. Keycloak has checked signature, expiry and that it was not spent; here it must also still be
 * that user's address the link went to, and (R-SEC-6) the newest link of its purpose with nothing
 * changed since, and an invitation only while the user has no login method. Opening changes nothing:
 * mail scanners that follow links do no harm, and the link is spent only by the last page's button.
 */
public class LoginSetupActionTokenHandler extends AbstractActionTokenHandler<LoginSetupToken> {

    public LoginSetupActionTokenHandler() {
        super(LoginSetupToken.TOKEN_TYPE, LoginSetupToken.class, MailLinks.INVALID_LINK_MESSAGE, EventType.EXECUTE_ACTION_TOKEN, Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super LoginSetupToken>[] getVerifiers(ActionTokenContext<LoginSetupToken> tokenContext) {
        return TokenUtils.predicates(
                TokenUtils.checkThat(token -> token.purpose().isPresent(), Errors.INVALID_TOKEN, MailLinks.INVALID_LINK_MESSAGE),
                TokenUtils.checkThat(token -> token.purpose().get() != LoginSetupPurpose.EMAIL_CHANGE || token.newAddress().isPresent(),
                        Errors.INVALID_TOKEN, MailLinks.INVALID_LINK_MESSAGE),
                TokenUtils.checkThat(token -> token.address().equalsIgnoreCase(addressOf(tokenContext)), Errors.INVALID_EMAIL, MailLinks.INVALID_LINK_MESSAGE),
                TokenUtils.checkThat(token -> userOf(tokenContext) != null
                                && LoginSetupLinks.isCurrent(userOf(tokenContext), token.purpose().get(), link(token)),
                        LinkGeneration.VOID, MailLinks.INVALID_LINK_MESSAGE));
    }

    private static UserModel userOf(ActionTokenContext<LoginSetupToken> tokenContext) {
        return tokenContext.getAuthenticationSession().getAuthenticatedUser();
    }

    private static String addressOf(ActionTokenContext<LoginSetupToken> tokenContext) {
        UserModel user = userOf(tokenContext);
        return user == null || user.getEmail() == null ? "" : user.getEmail();
    }

    private static MailLink link(LoginSetupToken token) {
        return MailLink.of(token, token.purpose().orElseThrow().value());
    }

    @Override
    public Response handleToken(LoginSetupToken token, ActionTokenContext<LoginSetupToken> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        LoginSetupPurpose purpose = token.purpose().orElseThrow();
        SetupState.start(authSession, purpose, token.newAddress().orElse(null), link(token));
        // Keycloak would otherwise spend the link when the required actions end; ours spends it itself, on the last button
        authSession.removeAuthNote(AuthenticationManager.INVALIDATE_ACTION_TOKEN);
        authSession.addRequiredAction(LoginSetup.ID);
        tokenContext.getEvent().detail("mdrive_setup", purpose.value()).success();
        return AuthenticationManager.redirectToRequiredActions(tokenContext.getSession(), tokenContext.getRealm(), authSession,
                tokenContext.getUriInfo(), LoginSetup.ID);
    }

    @Override
    public boolean canUseTokenRepeatedly(LoginSetupToken token, ActionTokenContext<LoginSetupToken> tokenContext) {
        return false;
    }
}
