package jp.mdrive.keycloak.settingsmenu;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;

/**
 * One page (or short sequence: form, confirmation, done) behind an item of the settings menu, drawn
 * by its one template.
 */
abstract class SettingsPage {

    private final String template;

    SettingsPage(String template) {
        this.template = template;
    }

    /** The page as it opens from the menu. */
    Response open(SettingsContext context) {
        return show(form(context));
    }

    /** 戻る / キャンセル on a confirmation: the page's form again. */
    Response back(SettingsContext context) {
        return open(context);
    }

    /** A button pressed on this page: the page again with a message, its confirmation, or its done page. */
    abstract Response submit(SettingsContext context, MultivaluedMap<String, String> form);

    /** The page's form with what it shows now; pages that show more add it here. */
    LoginFormsProvider form(SettingsContext context) {
        return context.form();
    }

    final Response show(LoginFormsProvider form) {
        return form.createForm(template);
    }

    /** The confirmation step of the page: the same template, asking to confirm. */
    final Response confirmation(SettingsContext context, LoginFormsProvider form) {
        context.step("confirm");
        return show(form.setAttribute("mdriveConfirm", true));
    }
}
