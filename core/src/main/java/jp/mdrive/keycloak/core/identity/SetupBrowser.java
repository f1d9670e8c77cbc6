package jp.mdrive.keycloak.core.identity;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.utils.SecureContextResolver;

import jp.mdrive.keycloak.core.code.Sha256;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

/**
 * R-SEC-9: the browser that started a provider setup. Starting puts a random value into a cookie
 * (HttpOnly, SameSite=Lax, only under the realm's login-actions path, where the provider's sign-in
 * comes back to the first-broker-login step); the pending setup keeps only its hash. A setup URL
 * forwarded to another browser comes back without the value, and links nothing.
 */
final class SetupBrowser {

    static final String COOKIE = "MDRIVE_SETUP";

    private SetupBrowser() {
    }

    /** Marks this browser for a setup that lasts that long; returns what the setup keeps to recognise it. */
    static String mark(KeycloakSession session, RealmModel realm, long lifespanSeconds) {
        String value = SettingsSignIn.random();
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(value)
                .path(RealmsResource.realmBaseUrl(session.getContext().getUri()).path("/login-actions/").build(realm.getName()).getRawPath())
                .maxAge(Math.toIntExact(lifespanSeconds))
                .secure(SecureContextResolver.isSecureContext(session))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie);
        return Sha256.base64(value);
    }

    /** Whether the current request comes from the browser that {@link #mark} answered. */
    static boolean isMarked(KeycloakSession session, String mark) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(COOKIE);
        return cookie != null && Sha256.same(mark, Sha256.base64(cookie.getValue()));
    }
}
