package jp.mdrive.keycloak.settingsmenu;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;

/**
 * 2段階認証設定 (manual 5.1, R-2SV-7): on or off for every password user of the contract; the
 * confirmation asks for "上記の説明を確認しました。" before anything changes. While the route is
 * line-only 2SV is off by rule: shown as off, and not changeable (the authority refuses the change).
 */
final class TwoStepPage implements SettingsPage {

    static final String TEMPLATE = "mdrive-settings-2sv.ftl";
    private static final String CHOSEN = "mdrive.settings.2sv";

    @Override
    public Response open(SettingsContext context) {
        return form(context, null).createForm(TEMPLATE);
    }

    @Override
    public Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (context.step().equals("confirm")) {
            boolean enabled = Boolean.parseBoolean(context.note(CHOSEN));
            if (!"on".equals(form.getFirst("understood"))) {
                return form(context, enabled).setAttribute("mdriveConfirm", true)
                        .setError("mdrive.settings.2sv.confirmRequired").createForm(TEMPLATE);
            }
            contract.setTwoStepVerificationEnabled(enabled);
            context.event(EventType.UPDATE_PROFILE).detail("mdrive_two_step_verification", Boolean.toString(enabled)).success();
            return context.done("mdrive.settings.2sv.title", enabled ? "mdrive.settings.2sv.doneOn" : "mdrive.settings.2sv.doneOff");
        }
        String chosen = form.getFirst("enabled");
        if (!"true".equals(chosen) && !"false".equals(chosen)) {
            return form(context, null).setError("mdrive.settings.2sv.choose").createForm(TEMPLATE);
        }
        context.note(CHOSEN, chosen);
        context.step("confirm");
        return form(context, Boolean.parseBoolean(chosen)).setAttribute("mdriveConfirm", true).createForm(TEMPLATE);
    }

    private static LoginFormsProvider form(SettingsContext context, Boolean chosen) {
        Contract contract = context.contract();
        boolean lineOnly = contract.accessRoute() == AccessRoute.LINE_ONLY;
        boolean current = !lineOnly && contract.twoStepVerificationEnabled();
        return context.form().setAttribute("mdriveLineOnly", lineOnly)
                .setAttribute("mdriveCurrentTwoStep", current)
                .setAttribute("mdriveChosenTwoStep", chosen == null ? current : chosen);
    }
}
