package jp.mdrive.keycloak.settingsmenu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.authority.Target;
import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.LineNumber;

/**
 * 回線認証設定 (manual 4.2, R-LINE-5): the access route and the registered line numbers on one page,
 * saved together with 保存. Each registered number is a field to correct, with 削除 beside it, and
 * one empty field adds a number. A refused save shows the page again as typed, with the rule it broke,
 * and stores nothing. The rules are the contract's, as for the API.
 */
final class LineAuthenticationPage extends SettingsPage {

    LineAuthenticationPage() {
        super("mdrive-settings-lines.ftl");
    }

    @Override
    LoginFormsProvider form(SettingsContext context) {
        Contract contract = context.contract();
        return form(context, contract.accessRoute().value(), contract.lineNumbers().stream().map(LineNumber::value).toList());
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        List<String> typed = kept(form);
        String chosen = form.getFirst("route");
        AccessRoute route;
        try {
            route = AccessRoute.parse(chosen);
        } catch (InvalidContractSettingException e) {
            return show(form(context, null, typed).setError("mdrive.settings.route.choose"));
        }
        Contract contract = context.contract();
        if (route != contract.accessRoute()) {
            // the page changes two things; the menu asked for the lines, the route is asked here
            context.viewer().mayChange(Change.ROUTE, Target.CONTRACT).orThrow();
        }
        try {
            contract.setLineAuthentication(route, typed);
        } catch (InvalidContractSettingException e) {
            return show(form(context, route.value(), typed).setError(e.getMessage(), e.getParameters()));
        }
        int count = contract.lineNumbers().size();
        context.event(EventType.UPDATE_PROFILE).detail("mdrive_access_route", route.value())
                .detail("mdrive_line_count", Integer.toString(count)).success();
        return show(form(context).setSuccess("mdrive.settings.lines.saved", count));
    }

    /** The numbers as typed, without the blank fields and those marked 削除 (by their place in the list). */
    private static List<String> kept(MultivaluedMap<String, String> form) {
        List<String> lines = form.get("line") == null ? List.of() : form.get("line");
        List<String> removed = form.get("remove") == null ? List.of() : form.get("remove");
        Set<String> removedPlaces = new HashSet<>(removed);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line != null && !line.isBlank() && !removedPlaces.contains(Integer.toString(i))) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static LoginFormsProvider form(SettingsContext context, String route, List<String> lines) {
        String shownRoute = route != null ? route : context.contract().accessRoute().value();
        // a refused number comes back as the message quotes it, never as a megabyte of control characters
        List<String> shownLines = lines.stream().limit(Contract.MAX_LINE_NUMBERS).map(LineAuthenticationPage::shown).toList();
        return context.form().setAttribute("mdriveChosenRoute", shownRoute).setAttribute("mdriveLines", shownLines);
    }

    private static String shown(String typed) {
        try {
            return LineNumber.parse(typed).value();
        } catch (InvalidContractSettingException e) {
            return LineNumber.shown(typed);
        }
    }
}
