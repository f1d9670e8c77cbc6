package jp.mdrive.keycloak.authenticators.loginmethod;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.Constants;

import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.PendingSetup;
import jp.mdrive.keycloak.core.pages.DonePage;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * The end of a provider sign-in the login-setup pages started (manual 1.5 (4), 2.1 (3)②), in the
 * post-broker-login flow: the completion page, unless the account that came back was not linked for
 * that setup (then it says the account is someone else's). Either way the sign-in ends here, without
 * a code (R-SEC-3). Any other sign-in passes through.
 */
public class ProviderLinkCompletion implements OwnStep {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<String> nonce = SettingsSignIn.isSettingsClient(context.getAuthenticationSession().getClient())
                ? PendingSetup.requested(context.getAuthenticationSession()) : Optional.empty();
        if (nonce.isEmpty()) {
            context.success();
            return;
        }
        Optional<LoginSetupPurpose> purpose = PendingSetup.completedFor(context.getSession(), nonce.get(), context.getUser());
        if (purpose.isEmpty()) {
            context.getEvent().clone().user(context.getUser()).detail(Details.REASON, "setup_not_completed").error(Errors.INVALID_TOKEN);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER,
                    context.form().setError("mdrive.setup.accountTaken").createErrorPage(Response.Status.BAD_REQUEST));
            return;
        }
        String prefix = "mdrive.setup." + purpose.get().value();
        context.forceChallenge(DonePage.render(context.getSession(), context.form(),
                context.getRealm().getClientByClientId(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID), prefix + ".doneTitle", prefix + ".done"));
    }

    /** The completion page posts nothing; a post replayed here is a sign-in that is over: sign in again. */
    @Override
    public void action(AuthenticationFlowContext context) {
        context.forceChallenge(Response.seeOther(
                SettingsSignIn.realmPath(context.getSession(), context.getRealm(), SettingsSignIn.ENTRY_PATH)).build());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
