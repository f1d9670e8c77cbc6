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

import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.LoginSetupToken;

/**
 * R-ID-5: opens the pages of an invitation, login-method change or e-mail change link for the user it
 * names. Keycloak has checked signature, expiry and that it was not spent; here it must also still be
 * that user's address the link went to. Opening changes nothing: mail scanners that follow links do no
 * harm, and the link is spent only by the last page's button.
 */
public class LoginSetupActionTokenHandler extends AbstractActionTokenHandler<LoginSetupToken> {

    public LoginSetupActionTokenHandler() {
        super(LoginSetupToken.TOKEN_TYPE, LoginSetupToken.class, LoginSetupToken.INVALID_LINK_MESSAGE, EventType.EXECUTE_ACTION_TOKEN, Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super LoginSetupToken>[] getVerifiers(ActionTokenContext<LoginSetupToken> tokenContext) {
        return TokenUtils.predicates(
                TokenUtils.checkThat(token -> token.purpose().isPresent(), Errors.INVALID_TOKEN, LoginSetupToken.INVALID_LINK_MESSAGE),
                TokenUtils.checkThat(token -> token.purpose().get() != LoginSetupPurpose.EMAIL_CHANGE || token.newAddress().isPresent(),
                        Errors.INVALID_TOKEN, LoginSetupToken.INVALID_LINK_MESSAGE),
                TokenUtils.checkThat(token -> token.address().equalsIgnoreCase(addressOf(tokenContext)), Errors.INVALID_EMAIL, LoginSetupToken.INVALID_LINK_MESSAGE));
    }

    private static String addressOf(ActionTokenContext<LoginSetupToken> tokenContext) {
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        return user == null || user.getEmail() == null ? "" : user.getEmail();
    }

    @Override
    public Response handleToken(LoginSetupToken token, ActionTokenContext<LoginSetupToken> tokenContext) {
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        LoginSetupPurpose purpose = token.purpose().orElseThrow();
        SetupState.start(authSession, purpose, token.newAddress().orElse(null), token.serializeKey(), token.getExp());
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
