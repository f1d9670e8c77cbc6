package jp.mdrive.keycloak.adminapi;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.messages.ThemeMessages;

/**
 * A JSON error {@code {"error": key, "message": text}} whose text comes from the realm's login
 * theme in the caller's language, so the REST API and the pages say the same thing.
 */
record ApiError(Response.Status status, String error, String message) {

    static ApiError of(KeycloakSession session, UserModel user, Response.Status status, String messageKey, Object... parameters) {
        return new ApiError(status, messageKey, ThemeMessages.format(session, user, messageKey, parameters));
    }

    WebApplicationException exception() {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error, "message", message))
                .build());
    }
}
