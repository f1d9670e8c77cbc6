package jp.mdrive.keycloak.authenticators.lockout;

import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.core.lockout.LockoutCounter;
import jp.mdrive.keycloak.core.lockout.UnlockAccountActionToken;
import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.UnlockPath;
import jp.mdrive.keycloak.core.pages.DonePage;

import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * R-LOCK-2: opening the unblock link lifts the lock it was sent for, once. A second use, a link of
 * an earlier lock or one for an account that is no longer locked changes nothing and says so; a
 * link voided by a password change or reset or an address change (R-SEC-6) is "このURLは無効です".
 */
public class UnlockAccountActionTokenHandler extends AbstractActionTokenHandler<UnlockAccountActionToken> {

    static final String UNLOCKED_TITLE = "mdrive.unlock.doneTitle";
    static final String UNLOCKED_MESSAGE = "mdrive.unlock.done";
    static final String NOT_LOCKED_MESSAGE = "mdrive.unlock.notLocked";
    static final String INVALID_LINK_MESSAGE = "mdrive.unlock.invalidLink";

    public UnlockAccountActionTokenHandler() {
        super(UnlockAccountActionToken.TOKEN_TYPE, UnlockAccountActionToken.class, INVALID_LINK_MESSAGE,
                EventType.EXECUTE_ACTION_TOKEN, Errors.INVALID_TOKEN);
    }

    @Override
    public Response handleToken(UnlockAccountActionToken token, ActionTokenContext<UnlockAccountActionToken> tokenContext) {
        KeycloakSession session = tokenContext.getSession();
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(tokenContext.getAuthenticationSession())
                .setUser(user);

        if (!LinkGeneration.of(user).isCurrent(token, UnlockAccountActionToken.LINK_PURPOSE)) {
            return MailLinks.refused(tokenContext.getEvent(), forms, MailLink.Spending.VOID);
        }
        boolean firstUse = MailLinks.spend(session, token);
        Long lockedAt = token.lockedAt();
        if (!firstUse || lockedAt == null || !new LockoutCounter(session).unlock(user, lockedAt)) {
            tokenContext.getEvent().detail(Details.REASON, "not_locked").error(Errors.INVALID_TOKEN);
            return forms.setError(NOT_LOCKED_MESSAGE).createErrorPage(Response.Status.BAD_REQUEST);
        }
        MdriveMetrics.unlocked(UnlockPath.LINK);
        tokenContext.getEvent().detail(Details.REASON, "mdrive_unlock").success();
        return DonePage.render(session, forms, tokenContext.getAuthenticationSession().getClient(), UNLOCKED_TITLE, UNLOCKED_MESSAGE);
    }

    @Override
    public boolean canUseTokenRepeatedly(UnlockAccountActionToken token, ActionTokenContext<UnlockAccountActionToken> tokenContext) {
        return false;
    }
}
