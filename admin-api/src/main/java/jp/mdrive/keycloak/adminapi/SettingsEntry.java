package jp.mdrive.keycloak.adminapi;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * {@code /realms/{realm}/mdrive/settings}: where the login page's "パスワード変更、その他認証・契約情報
 * の変更はこちら" leads. It starts a fresh sign-in of the settings client (settings are changed by
 * whoever signs in now, not by a session left open), whose flow ends on the menu; トップ画面へ
 * leads to {@code settings/top}, which goes on to the service's top page.
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
        return Response.seeOther(SettingsSignIn.authorizationUri(session, realm, SettingsSignIn.TOP_PATH, locale, Map.of())).build();
    }

    /** トップ画面へ: the sign-in is over; the service's top page (server option {@code topUrl}). */
    @GET
    @Path("top")
    public Response top() {
        String realmUrl = SettingsSignIn.realmBase(session, session.getContext().getRealm()).toString();
        return Response.seeOther(URI.create(topUrl.replace("{realmUrl}", realmUrl))).build();
    }
}
