package jp.mdrive.keycloak.authenticators;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

/**
 * How the password grant says no, for every step of its flow: the event's error, then the
 * {@code invalid_grant} answer (400) that OAuth clients expect, with a short English description.
 * One shape for all, so that a client cannot tell the checks apart by the form of the answer.
 */
public final class GrantRefusal {

    private GrantRefusal() {
    }

    /** The token endpoint's answer. */
    public static Response invalidGrant(String description) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new OAuth2ErrorRepresentation("invalid_grant", description)).build();
    }

    /** A wrong or refused credential: the flow fails with that error, as Keycloak's own grant steps do. */
    public static void fail(AuthenticationFlowContext context, AuthenticationFlowError flowError, String eventError,
            String description) {
        context.getEvent().user(context.getUser()).error(eventError);
        context.failure(flowError, invalidGrant(description));
    }
}
