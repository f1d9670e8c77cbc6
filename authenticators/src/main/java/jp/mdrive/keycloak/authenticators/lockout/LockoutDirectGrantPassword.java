package jp.mdrive.keycloak.authenticators.lockout;

import jp.mdrive.keycloak.authenticators.GrantRefusal;
import jp.mdrive.keycloak.core.lockout.LockoutEvents;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.directgrant.ValidatePassword;
import org.keycloak.events.Errors;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The password grant's password check with the same lockout as the login form, so that the token
 * endpoint is no way around the lock. It has no threshold of its own: the login flow's applies
 * ({@link LockoutThreshold}).
 */
public class LockoutDirectGrantPassword extends ValidatePassword {

    public static final String PROVIDER_ID = "mdrive-direct-grant-password";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        PasswordLockout lockout = new PasswordLockout(context);
        if (lockout.isLocked(user)) {
            GrantRefusal.fail(context, AuthenticationFlowError.INVALID_USER, LockoutEvents.ACCOUNT_LOCKED, "Account is locked");
            return;
        }
        String password = retrievePassword(context);
        boolean valid = password != null && !password.isEmpty()
                && user.credentialManager().isValid(UserCredentialModel.password(password));
        switch (lockout.record(user, valid)) {
            case ACCEPTED -> {
                context.getAuthenticationSession().setAuthNote(AuthenticationManager.PASSWORD_VALIDATED, "true");
                context.success(PasswordCredentialModel.TYPE);
            }
            case WRONG -> GrantRefusal.fail(context, AuthenticationFlowError.INVALID_USER, Errors.INVALID_USER_CREDENTIALS, "Invalid user credentials");
            case LOCKED -> GrantRefusal.fail(context, AuthenticationFlowError.INVALID_USER, valid ? LockoutEvents.ACCOUNT_LOCKED : Errors.INVALID_USER_CREDENTIALS,
                    "Account is locked");
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive Password with Lockout";
    }

    @Override
    public String getHelpText() {
        return "Validates the password of a password grant and applies the M-Drive lockout.";
    }
}
