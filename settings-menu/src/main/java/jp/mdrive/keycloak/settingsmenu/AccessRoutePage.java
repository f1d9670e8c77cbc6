package jp.mdrive.keycloak.settingsmenu;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;

/**
 * アクセス経路設定 (manual 4.1, R-LINE-1): the route for everyone in the contract, a confirmation of
 * the change, then its done page. Line-only needs a registered line (manual 4.2).
 */
final class AccessRoutePage implements SettingsPage {

    static final String TEMPLATE = "mdrive-settings-route.ftl";
    private static final String CHOSEN = "mdrive.settings.route";

    @Override
    public Response open(SettingsContext context) {
        return form(context, null).createForm(TEMPLATE);
    }

    @Override
    public Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (context.step().equals("confirm") && form.containsKey("confirm")) {
            AccessRoute route = AccessRoute.parse(context.note(CHOSEN));
            try {
                contract.setAccessRoute(route);
            } catch (InvalidContractSettingException e) {
                context.step("form");
                return form(context, route).setError(e.getMessage(), e.getParameters()).createForm(TEMPLATE);
            }
            context.event(EventType.UPDATE_PROFILE).detail("mdrive_access_route", route.value()).success();
            return context.done("mdrive.settings.route.title", "mdrive.settings.route.done");
        }
        AccessRoute route;
        try {
            route = AccessRoute.parse(form.getFirst("route"));
        } catch (InvalidContractSettingException e) {
            return form(context, null).setError("mdrive.settings.route.choose").createForm(TEMPLATE);
        }
        context.note(CHOSEN, route.value());
        context.step("confirm");
        return form(context, route).setAttribute("mdriveConfirm", true).createForm(TEMPLATE);
    }

    private static LoginFormsProvider form(SettingsContext context, AccessRoute chosen) {
        Contract contract = context.contract();
        return context.form().setAttribute("mdriveCurrentRoute", contract.accessRoute().value())
                .setAttribute("mdriveChosenRoute", chosen == null ? contract.accessRoute().value() : chosen.value())
                .setAttribute("mdriveLineCount", contract.lineNumbers().size());
    }
}
