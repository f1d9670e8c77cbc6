package jp.mdrive.keycloak.adminapi;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * A JSON error {@code {"error": key, "message": text}} whose text comes from the realm's login
 * theme in the caller's language, so the REST API and the pages say the same thing.
 */
record ApiError(Response.Status status, String error, String message) {

    private static final Logger LOG = Logger.getLogger(ApiError.class);

    static ApiError of(KeycloakSession session, UserModel user, Response.Status status, String messageKey, Object... parameters) {
        return new ApiError(status, messageKey, localize(session, user, messageKey, parameters));
    }

    WebApplicationException exception() {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error, "message", message))
                .build());
    }

    private static String localize(KeycloakSession session, UserModel user, String key, Object... parameters) {
        Locale locale = session.getContext().resolveLocale(user);
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN)
                    .getEnhancedMessages(session.getContext().getRealm(), locale);
            String pattern = messages.getProperty(key);
            return pattern == null ? key : new MessageFormat(pattern, locale).format(parameters);
        } catch (IOException e) {
            LOG.warnf(e, "Could not read the login theme's messages for %s", locale);
            return key;
        }
    }
}
