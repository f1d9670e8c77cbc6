package jp.mdrive.keycloak.authenticators.twostep;

import java.util.List;
import java.util.Optional;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.directgrant.AbstractDirectGrantAuthenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

import jp.mdrive.keycloak.authenticators.GrantRefusal;
import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SecondFactor;
import jp.mdrive.keycloak.core.twostep.LastSignIn;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * R-2SV-1 on the token endpoint: a password grant must not be a way around 2SV. Users whose
 * contract asks for 2SV get a token only with their authenticator app's code as {@code otp}
 * (Keycloak's own parameter); SMS cannot be answered in one request, so SMS users and users not yet
 * enrolled are sent to the browser sign-in.
 */
public class DirectGrantTwoStep extends AbstractDirectGrantAuthenticator implements OwnStep {

    public static final String PROVIDER_ID = "mdrive-direct-grant-2sv";
    static final String OTP = "otp";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (TwoStepRequirement.skipWithoutBrowser(context.getSession(), user).isPresent()) {
            LastSignIn.record(user);
            context.success();
            return;
        }
        Optional<String> app = TwoStepRegistration.of(user).authenticator().map(credential -> credential.getId());
        String otp = context.getHttpRequest().getDecodedFormParameters().getFirst(OTP);
        if (app.isEmpty() || otp == null || otp.isBlank()) {
            GrantRefusal.fail(context, AuthenticationFlowError.INVALID_CREDENTIALS, Errors.INVALID_USER_CREDENTIALS,
                    "2-step verification required: sign in through the browser, or send the authenticator app's code as otp");
            return;
        }
        WrongCodes wrongCodes = new WrongCodes(context.getSession(), user,
                TwoStepSettings.of(context.getSession(), context.getRealm()).wrongCodesPerUserPerDay(), SecondFactor.APP);
        Optional<Boolean> right = wrongCodes.check(
                () -> user.credentialManager().isValid(new UserCredentialModel(app.get(), OTPCredentialModel.TYPE, otp.strip())));
        if (right.isEmpty()) {
            GrantRefusal.fail(context, AuthenticationFlowError.INVALID_CREDENTIALS, Errors.USER_TEMPORARILY_DISABLED, "Too many wrong 2-step verification codes today");
            return;
        }
        if (!right.get()) {
            GrantRefusal.fail(context, AuthenticationFlowError.INVALID_CREDENTIALS, Errors.INVALID_USER_CREDENTIALS, "Invalid user credentials");
            return;
        }
        LastSignIn.record(user);
        context.success(OTPCredentialModel.TYPE);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive 2-step verification (password grant)";
    }

    @Override
    public String getHelpText() {
        return "Refuses password grants of users whose contract asks for 2-step verification, unless they send their authenticator code as otp.";
    }

    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    /** Its settings are the login flow's 2SV step's ({@link TwoStepSettings#of(org.keycloak.models.KeycloakSession, org.keycloak.models.RealmModel)}). */
    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
