package jp.mdrive.keycloak.core.pages;

import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;
import org.keycloak.services.util.ResolveRelative;

/**
 * The manual's completion pages (…が完了いたしました。 with an OK button back to the login): one
 * template, {@code mdrive-done.ftl}, for every M-Drive procedure that ends outside a login.
 */
public final class DonePage {

    public static final String TEMPLATE = "mdrive-done.ftl";

    private DonePage() {
    }

    public static Response render(KeycloakSession session, LoginFormsProvider form, ClientModel client, String titleKey,
                                  String messageKey) {
        return form.setAttribute("mdriveDoneTitle", titleKey)
                .setAttribute("mdriveDoneMessage", messageKey)
                .setAttribute("mdriveOkUri", loginUri(session, client))
                .createForm(TEMPLATE);
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
