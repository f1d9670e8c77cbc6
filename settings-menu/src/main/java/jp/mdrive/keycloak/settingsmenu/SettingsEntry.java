package jp.mdrive.keycloak.settingsmenu;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import jp.mdrive.keycloak.core.config.ServerOptions;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * {@code /realms/{realm}/mdrive/settings}: where the login page's "パスワード変更、その他認証・契約情報
 * の変更はこちら" leads. It starts a fresh sign-in of the settings client (settings are changed by
 * whoever signs in now, not by a session left open), whose flow ends on the menu; トップ画面へ
 * leads to {@code settings/top}, which goes on to the service's top page.
 */
public class SettingsEntry {

    /** Where トップ画面へ leads: the service's top page; by default the realm's account page. */
    static final String DEFAULT_TOP_URL = "{realmUrl}/account/";

    private final KeycloakSession session;

    public SettingsEntry(KeycloakSession session) {
        this.session = session;
    }

    @GET
    public Response enter(@QueryParam("kc_locale") String locale) {
        RealmModel realm = session.getContext().getRealm();
        return Response.seeOther(SettingsSignIn.authorizationUri(session, realm, SettingsSignIn.TOP_PATH, locale, Map.of())).build();
    }

    /** トップ画面へ: the sign-in is over; the service's top page (server option {@code --spi-realm-restapi-extension--mdrive--top-url}). */
    @GET
    @Path("top")
    public Response top() {
        String realmUrl = SettingsSignIn.realmBase(session, session.getContext().getRealm()).toString();
        return Response.seeOther(URI.create(ServerOptions.get("topUrl", DEFAULT_TOP_URL).replace("{realmUrl}", realmUrl))).build();
    }
}
