package jp.mdrive.keycloak.adminapi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;

/**
 * {@code /realms/{realm}/mdrive/settings}: where the login page's "パスワード変更、その他認証・契約情報
 * の変更はこちら" leads. It starts a sign-in of the settings client (a fresh one: settings are
 * changed by whoever signs in now, not by a session left open), whose flow ends on the menu; トップ画面へ
 * comes back to {@code settings/top}, which goes on to the service's top page.
 */
public class SettingsEntry {

    public static final String CLIENT_ID = "mdrive-settings";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final String topUrl;

    SettingsEntry(KeycloakSession session, String topUrl) {
        this.session = session;
        this.topUrl = topUrl;
    }

    @GET
    public Response enter(@QueryParam("kc_locale") String locale) {
        RealmModel realm = session.getContext().getRealm();
        URI realmBase = Urls.realmBase(session.getContext().getUri().getBaseUri()).path(realm.getName()).build();
        // the menu never exchanges the code: PKCE keeps anyone else from doing so with it
        String verifier = random();
        UriBuilder authorize = UriBuilder.fromUri(realmBase).path("protocol/openid-connect/auth")
                .queryParam(OIDCLoginProtocol.CLIENT_ID_PARAM, CLIENT_ID)
                .queryParam(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, "code")
                .queryParam(OIDCLoginProtocol.SCOPE_PARAM, "openid")
                .queryParam(OIDCLoginProtocol.REDIRECT_URI_PARAM, realmBase + "/mdrive/settings/top")
                .queryParam(OIDCLoginProtocol.STATE_PARAM, random())
                .queryParam(OIDCLoginProtocol.CODE_CHALLENGE_PARAM, challenge(verifier))
                .queryParam(OIDCLoginProtocol.CODE_CHALLENGE_METHOD_PARAM, OIDCLoginProtocol.PKCE_METHOD_S256)
                .queryParam(OIDCLoginProtocol.PROMPT_PARAM, OIDCLoginProtocol.PROMPT_VALUE_LOGIN);
        if (locale != null && realm.getSupportedLocalesStream().anyMatch(locale::equals)) {
            authorize.queryParam(OIDCLoginProtocol.UI_LOCALES_PARAM, locale);
        }
        return Response.seeOther(authorize.build()).build();
    }

    /** トップ画面へ: the sign-in is over; the service's top page (server option {@code topUrl}). */
    @GET
    @Path("top")
    public Response top() {
        RealmModel realm = session.getContext().getRealm();
        String realmUrl = Urls.realmBase(session.getContext().getUri().getBaseUri()).path(realm.getName()).build().toString();
        return Response.seeOther(URI.create(topUrl.replace("{realmUrl}", realmUrl))).build();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
