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
 * the change, then its done page. Line-only needs a registered line, registered on 回線認証設定
 * ({@link LineAuthenticationPage}, manual 4.2), which the page opens.
 */
final class AccessRoutePage extends SettingsPage {

    private static final String CHOSEN = "mdrive.settings.route";

    AccessRoutePage() {
        super("mdrive-settings-route.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (context.step().equals("confirm") && form.containsKey("confirm")) {
            AccessRoute route = AccessRoute.parse(context.note(CHOSEN));
            try {
                contract.setAccessRoute(route);
            } catch (InvalidContractSettingException e) {
                context.step("form");
                return show(form(context, route).setError(e.getMessage(), e.getParameters()));
            }
            context.event(EventType.UPDATE_PROFILE).detail("mdrive_access_route", route.value()).success();
            return context.done("mdrive.settings.route.title", "mdrive.settings.route.done");
        }
        AccessRoute route;
        try {
            route = AccessRoute.parse(form.getFirst("route"));
        } catch (InvalidContractSettingException e) {
            return show(form(context, null).setError("mdrive.settings.route.choose"));
        }
        context.note(CHOSEN, route.value());
        return confirmation(context, form(context, route));
    }

    /** As the page opens: what is set now, nothing chosen yet. */
    @Override
    LoginFormsProvider form(SettingsContext context) {
        return form(context, null);
    }

    private static LoginFormsProvider form(SettingsContext context, AccessRoute chosen) {
        Contract contract = context.contract();
        return context.form().setAttribute("mdriveCurrentRoute", contract.accessRoute().value())
                .setAttribute("mdriveChosenRoute", chosen == null ? contract.accessRoute().value() : chosen.value())
                .setAttribute("mdriveLineCount", contract.lineNumbers().size())
                .setAttribute("mdriveLinesOffered", SettingsItem.LINES.visibleTo(context.viewer()));
    }
}
