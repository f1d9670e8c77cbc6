package jp.mdrive.keycloak.core.twostep;

import java.time.Duration;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.utils.SecureContextResolver;

import jp.mdrive.keycloak.core.code.Sha256;

/**
 * R-2SV-4 "このブラウザを一定期間、記憶する": a cookie per user (several people may share a browser)
 * holding a token signed with the realm's keys, bound to the user and to
 * {@link TwoStepRegistration#fingerprint()}, so a 2SV reset, a password reset or an e-mail change
 * forgets every browser at once. Nothing is kept on the server: any node can check it.
 */
public record RememberedBrowser(KeycloakSession session, RealmModel realm, UserModel user) {

    private static final String COOKIE_PREFIX = "MDRIVE_2SV_";

    public boolean isRemembered() {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(cookieName());
        if (cookie == null) {
            return false;
        }
        RememberedBrowserToken token = session.tokens().decode(cookie.getValue(), RememberedBrowserToken.class);
        return token != null
                && RememberedBrowserToken.TYPE.equals(token.getType())
                && user.getId().equals(token.getSubject())
                && realm.getName().equals(token.getAudience() == null || token.getAudience().length == 0 ? null : token.getAudience()[0])
                && token.getExp() != null && token.getExp() > Time.currentTime()
                && Sha256.same(TwoStepRegistration.of(user).fingerprint(), token.getRegistration());
    }

    /** Sets the cookie on the current response, valid for the given period. */
    public void remember(Duration period) {
        RememberedBrowserToken token = new RememberedBrowserToken();
        long now = Time.currentTime();
        token.type(RememberedBrowserToken.TYPE);
        token.subject(user.getId());
        token.audience(realm.getName());
        token.iat(now);
        token.exp(now + period.toSeconds());
        token.setRegistration(TwoStepRegistration.of(user).fingerprint());
        NewCookie cookie = new NewCookie.Builder(cookieName())
                .value(session.tokens().encode(token))
                .path(RealmsResource.realmBaseUrl(session.getContext().getUri()).path("/").build(realm.getName()).getRawPath())
                .maxAge((int) period.toSeconds())
                .secure(SecureContextResolver.isSecureContext(session))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie);
    }

    private String cookieName() {
        return COOKIE_PREFIX + Sha256.base64(realm.getId(), user.getId()).substring(0, 16);
    }
}
