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
final class TwoStepPage extends SettingsPage {

    private static final String CHOSEN = "mdrive.settings.2sv";

    TwoStepPage() {
        super("mdrive-settings-2sv.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (context.step().equals("confirm")) {
            boolean enabled = Boolean.parseBoolean(context.note(CHOSEN));
            if (!"on".equals(form.getFirst("understood"))) {
                return show(form(context, enabled).setAttribute("mdriveConfirm", true)
                        .setError("mdrive.settings.2sv.confirmRequired"));
            }
            contract.setTwoStepVerificationEnabled(enabled);
            context.event(EventType.UPDATE_PROFILE).detail("mdrive_two_step_verification", Boolean.toString(enabled)).success();
            return context.done("mdrive.settings.2sv.title", enabled ? "mdrive.settings.2sv.doneOn" : "mdrive.settings.2sv.doneOff");
        }
        String chosen = form.getFirst("enabled");
        if (!"true".equals(chosen) && !"false".equals(chosen)) {
            return show(form(context, null).setError("mdrive.settings.2sv.choose"));
        }
        context.note(CHOSEN, chosen);
        return confirmation(context, form(context, Boolean.parseBoolean(chosen)));
    }

    /** As the page opens: what is set now, nothing chosen yet. */
    @Override
    LoginFormsProvider form(SettingsContext context) {
        return form(context, null);
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
