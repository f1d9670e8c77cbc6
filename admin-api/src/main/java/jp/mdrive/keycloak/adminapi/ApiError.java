package jp.mdrive.keycloak.adminapi;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.RefusedChange;
import jp.mdrive.keycloak.core.messages.ThemeMessages;

/**
 * A JSON error {@code {"error": key, "message": text}} whose text comes from the realm's login
 * theme in the caller's language, so the REST API and the pages say the same thing.
 */
record ApiError(Response.Status status, String error, String message) {

    static ApiError of(KeycloakSession session, UserModel user, Response.Status status, String messageKey, Object... parameters) {
        return new ApiError(status, messageKey, ThemeMessages.format(session, user, messageKey, parameters));
    }

    /** The API's answer to a change the rules refuse. */
    static ApiError of(KeycloakSession session, UserModel user, RefusedChange refusal) {
        Response.Status status = switch (refusal.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return of(session, user, status, refusal.getMessage(), refusal.getParameters());
    }

    WebApplicationException exception() {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error, "message", message))
                .build());
    }
}
