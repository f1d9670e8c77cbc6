package jp.mdrive.keycloak.authenticators.trial;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.authenticators.SignInCheck;
import jp.mdrive.keycloak.authenticators.StepFactory.Description;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.TrialEnd;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;
import jp.mdrive.keycloak.core.time.CalendarDate;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * The trial's end (R-PLAN-1) wherever a member signs in: after the browser sign-in (password, AD,
 * SSO cookie), after every identity-provider login (post-broker flow) and on the password grant.
 * A refusal is a LOGIN_ERROR event {@value #REFUSED} with the reason, and a page (or, on the token
 * endpoint, an OAuth error) saying the trial has ended; the contractor's page says until which day
 * the settings menu's プラン変更 stays open to him. A contract whose plan cannot be read refuses.
 */
public class TrialEndCheck extends SignInCheck {

    static final String REFUSED = "mdrive_trial_ended";
    static final String TEMPLATE = "mdrive-trial-ended.ftl";
    private static final String DESCRIPTION = "The free trial has ended";
    private static final Logger LOG = Logger.getLogger(TrialEndCheck.class);

    /** The check in browser and post-broker flows, where a refusal is a page. */
    static final Description IN_BROWSER = new Description("mdrive-trial-end-check", "M-Drive trial end check",
            "Refuses members of a free trial that has ended; the contractor still reaches the settings menu's plan change for 15 days.", null);
    /** The check on the password grant, where a refusal is an OAuth error. */
    static final Description ON_PASSWORD_GRANT = new Description("mdrive-direct-grant-trial-end", "M-Drive trial end check (password grant)",
            "Refuses password grants of members of a free trial that has ended.", null);

    TrialEndCheck(boolean tokenEndpoint) {
        super(tokenEndpoint);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        TrialEnd.Verdict verdict;
        try {
            verdict = TrialEnd.judge(Contract.ofMember(context.getSession(), user), user, JapanCalendar.today(),
                    SettingsSignIn.isSettingsClient(context.getAuthenticationSession().getClient()));
        } catch (InvalidContractSettingException e) {
            LOG.warnf("Refusing user %s: their contract's plan is unreadable (%s)", user.getId(), e.getMessage());
            refuse(context, REFUSED, "contract_unreadable", page -> page.setAttribute("mdriveContractUnreadable", true), TEMPLATE, DESCRIPTION);
            return;
        }
        context.getEvent().detail("mdrive_trial", verdict.reason());
        if (verdict.allowed()) {
            context.success();
            return;
        }
        refuse(context, REFUSED, verdict.reason(), page -> verdict.planChangeLastDay()
                .map(last -> page.setAttribute("mdrivePlanChangeLastDay", CalendarDate.format(context.getSession(), user, last)))
                .orElse(page), TEMPLATE, DESCRIPTION);
    }
}
