package jp.mdrive.keycloak.adminapi;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.pages.DonePage;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * {@code /realms/{realm}/mdrive/settings}: where the login page's "パスワード変更、その他認証・契約情報
 * の変更はこちら" leads. It starts a fresh sign-in of the settings client (settings are changed by
 * whoever signs in now, not by a session left open), whose flow ends on the menu; トップ画面へ comes
 * back to {@code settings/top}, which goes on to the service's top page. A provider linked from the
 * login-setup pages comes back to {@code settings/registered/{purpose}}: the completion page.
 */
public class SettingsEntry {

    private final KeycloakSession session;
    private final String topUrl;

    SettingsEntry(KeycloakSession session, String topUrl) {
        this.session = session;
        this.topUrl = topUrl;
    }

    @GET
    public Response enter(@QueryParam("kc_locale") String locale) {
        RealmModel realm = session.getContext().getRealm();
        return Response.seeOther(SettingsSignIn.authorizationUri(session, realm, "/mdrive/settings/top", locale, Map.of())).build();
    }

    /** トップ画面へ: the sign-in is over; the service's top page (server option {@code topUrl}). */
    @GET
    @Path("top")
    public Response top() {
        String realmUrl = SettingsSignIn.realmBase(session, session.getContext().getRealm()).toString();
        return Response.seeOther(URI.create(topUrl.replace("{realmUrl}", realmUrl))).build();
    }

    /** 申込完了 or the login-method change's completion, after the chosen provider was linked. */
    @GET
    @Path("registered/{purpose}")
    public Response registered(@PathParam("purpose") String purpose) {
        RealmModel realm = session.getContext().getRealm();
        if (LoginSetupPurpose.parse(purpose).isEmpty()) {
            // R-SEC-10: a hand-made path; a page rendered at it would build its links from it, and
            // braces in it are URI template variables to JAX-RS: on to the invitation's page instead
            return Response.seeOther(UriBuilder.fromUri(SettingsSignIn.realmBase(session, realm))
                    .path("mdrive/settings/registered").path(LoginSetupPurpose.INVITATION.value()).build()).build();
        }
        String prefix = "mdrive.setup." + purpose;
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class);
        return DonePage.render(session, form, realm.getClientByClientId(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID),
                prefix + ".doneTitle", prefix + ".done");
    }
}
