package jp.mdrive.keycloak.authenticators.lockout;

import jakarta.ws.rs.core.MultivaluedMap;

import jp.mdrive.keycloak.core.lockout.LockoutEvents;
import jp.mdrive.keycloak.core.text.TypedText;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Keycloak's username and password form with M-Drive's lockout (manual 6): the threshold-th
 * consecutive wrong password locks the account until its unblock link or a password reset.
 */
public class LockoutPasswordForm extends UsernamePasswordForm {

    /** The longest user name Keycloak's column holds. */
    private static final int USERNAME_LENGTH = 255;

    public LockoutPasswordForm(KeycloakSession session) {
        super(session);
    }

    /**
     * R-SEC-10: a user name no account can have (control characters, over 255 characters) is an
     * unknown user without a lookup: PostgreSQL's driver answers a NUL in a query parameter with an
     * exception, which would be a 500.
     */
    @Override
    public boolean validateUserAndPassword(AuthenticationFlowContext context, MultivaluedMap<String, String> inputData) {
        String username = inputData.getFirst(AuthenticationManager.FORM_USERNAME);
        if (username != null && !TypedText.fits(username.strip(), USERNAME_LENGTH)) {
            context.getEvent().detail(Details.USERNAME, "(not plain text)");
            testInvalidUser(context, null);
            return false;
        }
        return super.validateUserAndPassword(context, inputData);
    }

    @Override
    public boolean validatePassword(AuthenticationFlowContext context, UserModel user, MultivaluedMap<String, String> inputData,
                                    boolean clearUser) {
        PasswordLockout lockout = new PasswordLockout(context);
        if (lockout.isLocked(user)) {
            return refuseLocked(context, user);
        }
        String password = inputData.getFirst(CredentialRepresentation.PASSWORD);
        boolean valid = super.validatePassword(context, user, inputData, clearUser);
        if (password == null || password.isEmpty()) {
            // An empty submission is not a guess; Keycloak already asked again.
            return false;
        }
        PasswordLockout.Verdict verdict = lockout.record(user, valid);
        if (verdict == PasswordLockout.Verdict.ACCEPTED) {
            return true;
        }
        if (verdict == PasswordLockout.Verdict.LOCKED) {
            if (valid) {
                return refuseLocked(context, user);
            }
            // Keycloak has already recorded this attempt's wrong password; only the page changes.
            showLocked(context);
        }
        return false;
    }

    private boolean refuseLocked(AuthenticationFlowContext context, UserModel user) {
        context.getEvent().user(user).error(LockoutEvents.ACCOUNT_LOCKED);
        showLocked(context);
        context.clearUser();
        return false;
    }

    private void showLocked(AuthenticationFlowContext context) {
        context.forceChallenge(challenge(context, LockoutEvents.LOCKED_MESSAGE, null));
    }
}
