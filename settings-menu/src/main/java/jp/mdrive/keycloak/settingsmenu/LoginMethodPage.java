package jp.mdrive.keycloak.settingsmenu;

import java.net.URI;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;

/**
 * ログイン方法の設定 (R-ID-2): the contractor goes straight to the login-method pages that a change link
 * opens, with a link made for him that lives a few minutes; those pages end on the login.
 */
final class LoginMethodPage extends SettingsPage {

    /** No template: the page is the login-method pages of a change link. */
    LoginMethodPage() {
        super(null);
    }

    @Override
    Response open(SettingsContext context) {
        String link = LoginSetupLinks.url(context.session(), context.realm(), context.user(), LoginSetupPurpose.METHOD_CHANGE, null,
                LoginSetupLinks.DIRECT_LIFESPAN);
        return Response.seeOther(URI.create(link)).build();
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        return open(context);
    }
}
