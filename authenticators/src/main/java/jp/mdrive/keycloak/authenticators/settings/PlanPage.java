package jp.mdrive.keycloak.authenticators.settings;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.time.CalendarDate;

/**
 * プラン変更: a trial becomes basic (until 15 days after the trial ended: the authority's rule), after
 * a confirmation. Billing is not ours; the rule is. On the basic plan the page shows the plan and offers no change.
 */
final class PlanPage implements SettingsPage {

    static final String TEMPLATE = "mdrive-settings-plan.ftl";

    @Override
    public Response open(SettingsContext context) {
        return form(context).createForm(TEMPLATE);
    }

    @Override
    public Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (contract.plan() != Plan.TRIAL) {
            return form(context).setError("mdrive.contract.onlyToBasic").createForm(TEMPLATE);
        }
        if (!context.step().equals("confirm")) {
            context.step("confirm");
            return form(context).setAttribute("mdriveConfirm", true).createForm(TEMPLATE);
        }
        try {
            contract.changeToBasicPlan();
        } catch (InvalidContractSettingException e) {
            context.step("form");
            return form(context).setError(e.getMessage(), e.getParameters()).createForm(TEMPLATE);
        }
        context.event(EventType.UPDATE_PROFILE).detail("mdrive_plan", Plan.BASIC.value()).success();
        return context.done("mdrive.settings.plan.title", "mdrive.settings.plan.done");
    }

    private static LoginFormsProvider form(SettingsContext context) {
        Contract contract = context.contract();
        return context.form().setAttribute("mdrivePlan", contract.plan().value())
                .setAttribute("mdriveTrialEndsOn", contract.trialLastDay().map(day -> CalendarDate.format(context.session(), context.user(), day)).orElse(""));
    }
}
