package jp.mdrive.keycloak.settingsmenu;

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
final class PlanPage extends SettingsPage {

    PlanPage() {
        super("mdrive-settings-plan.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (contract.plan() != Plan.TRIAL) {
            return show(form(context).setError("mdrive.contract.onlyToBasic"));
        }
        if (!context.step().equals("confirm")) {
            return confirmation(context, form(context));
        }
        try {
            contract.changeToBasicPlan();
        } catch (InvalidContractSettingException e) {
            context.step("form");
            return show(form(context).setError(e.getMessage(), e.getParameters()));
        }
        context.event(EventType.UPDATE_PROFILE).detail("mdrive_plan", Plan.BASIC.value()).success();
        return context.done("mdrive.settings.plan.title", "mdrive.settings.plan.done");
    }

    @Override
    LoginFormsProvider form(SettingsContext context) {
        Contract contract = context.contract();
        return context.form().setAttribute("mdrivePlan", contract.plan().value())
                .setAttribute("mdriveTrialEndsOn", contract.trialLastDay().map(day -> CalendarDate.format(context.session(), context.user(), day)).orElse(""));
    }
}
