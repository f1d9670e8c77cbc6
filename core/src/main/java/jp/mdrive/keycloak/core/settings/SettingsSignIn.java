package jp.mdrive.keycloak.core.settings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;

/**
 * A fresh sign-in of the settings client, as the server itself starts it: for the settings menu and
 * for linking a provider chosen on the login-setup pages. It never ends with a code: the settings
 * menu's step keeps every sign-in of this client on its pages and leaves through {@link #TOP_PATH}
 * (R-SEC-3: the settings client yields no tokens).
 */
public final class SettingsSignIn {

    public static final String CLIENT_ID = "mdrive-settings";
    /** Under the realm: the settings menu's way in, which starts this sign-in. */
    public static final String ENTRY_PATH = "/mdrive/settings";
    /** Under the realm: トップ画面へ, the way out to the service's top page. */
    public static final String TOP_PATH = "/mdrive/settings/top";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SettingsSignIn() {
    }

    /** Whether the sign-in is the settings menu's: the one client whose sign-ins end on the menu, never on a code. */
    public static boolean isSettingsClient(ClientModel client) {
        return client != null && CLIENT_ID.equals(client.getClientId());
    }

    public static URI realmBase(KeycloakSession session, RealmModel realm) {
        return Urls.realmBase(session.getContext().getUri().getBaseUri()).path(realm.getName()).build();
    }

    /** A path of the settings menu's under the realm, such as {@link #ENTRY_PATH}. */
    public static URI realmPath(KeycloakSession session, RealmModel realm, String path) {
        return URI.create(realmBase(session, realm) + path);
    }

    /** The authorization request, coming back to {@code returnPath} under the realm, with these extra parameters. */
    public static URI authorizationUri(KeycloakSession session, RealmModel realm, String returnPath, String locale,
                                       Map<String, String> extra) {
        URI base = realmBase(session, realm);
        UriBuilder authorize = UriBuilder.fromUri(base).path("protocol/openid-connect/auth")
                .queryParam(OIDCLoginProtocol.CLIENT_ID_PARAM, CLIENT_ID)
                .queryParam(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, "code")
                .queryParam(OIDCLoginProtocol.SCOPE_PARAM, "openid")
                .queryParam(OIDCLoginProtocol.REDIRECT_URI_PARAM, base + returnPath)
                .queryParam(OIDCLoginProtocol.STATE_PARAM, random())
                .queryParam(OIDCLoginProtocol.CODE_CHALLENGE_PARAM, challenge(random()))
                .queryParam(OIDCLoginProtocol.CODE_CHALLENGE_METHOD_PARAM, OIDCLoginProtocol.PKCE_METHOD_S256)
                .queryParam(OIDCLoginProtocol.PROMPT_PARAM, OIDCLoginProtocol.PROMPT_VALUE_LOGIN);
        if (locale != null && realm.getSupportedLocalesStream().anyMatch(locale::equals)) {
            authorize.queryParam(OIDCLoginProtocol.UI_LOCALES_PARAM, locale);
        }
        extra.forEach(authorize::queryParam);
        return authorize.build();
    }

    public static String random() {
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
