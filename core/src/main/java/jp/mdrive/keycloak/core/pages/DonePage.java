package jp.mdrive.keycloak.core.pages;

import java.util.Locale;

import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;
import org.keycloak.services.util.ResolveRelative;

/**
 * The manual's completion pages (…が完了いたしました。): one template, {@code mdrive-done.ftl}, for every
 * M-Drive procedure, with the one button its {@link Way} says.
 */
public final class DonePage {

    public static final String TEMPLATE = "mdrive-done.ftl";

    private DonePage() {
    }

    /** Where the page's button leads. */
    public enum Way {
        /** OK, back to the login: a procedure that ends outside a login. */
        LOGIN,
        /** メニューへ戻る: an item of the settings menu, signed in. */
        MENU,
        /** トップ画面へ: a settings item after which there is no menu to go back to (the contract is gone). */
        TOP
    }

    /** A procedure that ends outside a login: OK leads to the application the user came from. */
    public static Response render(KeycloakSession session, LoginFormsProvider form, ClientModel client, String titleKey,
                                  String messageKey) {
        return form(form, titleKey, messageKey, Way.LOGIN).setAttribute("mdriveOkUri", loginUri(session, client)).createForm(TEMPLATE);
    }

    /** The form ready for {@link #TEMPLATE}; a page with more to say adds its attributes before creating it. */
    public static LoginFormsProvider form(LoginFormsProvider form, String titleKey, String messageKey, Way way) {
        return form.setAttribute("mdriveDoneTitle", titleKey)
                .setAttribute("mdriveDoneMessage", messageKey)
                .setAttribute("mdriveDoneWay", way.name().toLowerCase(Locale.ROOT));
    }

    /** Where OK leads: the application the user came from, which sends them to the login page. */
    private static String loginUri(KeycloakSession session, ClientModel client) {
        String base = client == null ? null : ResolveRelative.resolveRelativeUri(session, client.getRootUrl(), client.getBaseUrl());
        if (base != null && !base.isBlank()) {
            return base;
        }
        return Urls.accountBase(session.getContext().getUri().getBaseUri()).build(session.getContext().getRealm().getName()).toString();
    }
}
