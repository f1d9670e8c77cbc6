package jp.mdrive.keycloak.adminapi;

import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.mdrive.keycloak.core.lockout.FailureCount;
import jp.mdrive.keycloak.core.lockout.LockoutCounter;
import jp.mdrive.keycloak.core.text.TypedLookup;

/**
 * R-OPS-8 {@code /admin/realms/{realm}/mdrive/locks}: the realm's locked accounts for its admins,
 * under Keycloak's own user permissions (view-users to see, manage-users on that user to lift).
 */
public class LocksResource {

    static final int DEFAULT_MAX = 100;
    static final int LARGEST_MAX = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    LocksResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** One page of locked accounts, oldest lock first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LockRepresentation> list(@QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        int from = page(first, 0, 0, Integer.MAX_VALUE);
        int size = page(max, DEFAULT_MAX, 1, LARGEST_MAX);
        return new LockoutCounter(session).locked(realm, from, size).stream()
                .map(lock -> {
                    UserModel user = session.users().getUserById(realm, lock.userId());
                    return user == null ? null : LockRepresentation.of(user, lock.failures(), lock.lockedAt());
                })
                .filter(Objects::nonNull)
                .toList();
    }

    @GET
    @Path("{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public LockRepresentation get(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        FailureCount count = new LockoutCounter(session).read(user);
        if (!count.locked()) {
            throw notLocked();
        }
        return LockRepresentation.of(user, count.failures(), count.lockedAt());
    }

    /** Lifts the lock and forgets the failures; the user signs in with the right password again. */
    @DELETE
    @Path("{userId}")
    public Response lift(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        if (!AdminLockLift.lift(session, user, adminEvent)) {
            throw notLocked();
        }
        return Response.noContent().build();
    }

    /**
     * The realm's user of that id. An unknown id is "not locked", as a user who is not, for an admin
     * who may see users; anyone else is refused before learning which ids exist, as Keycloak's users
     * resource does.
     */
    private UserModel user(String userId) {
        UserModel user = TypedLookup.user(session, realm, userId);
        if (user == null) {
            if (!auth.users().canQuery()) {
                throw new ForbiddenException();
            }
            throw notLocked();
        }
        return user;
    }

    private RuntimeException notLocked() {
        return ApiError.of(session, auth.adminAuth().getUser(), Response.Status.NOT_FOUND, "mdrive.admin.lockNotFound").exception();
    }

    /** A paging parameter: absent is the default, anything but a whole number within the bounds is refused. */
    private int page(String value, int absent, int smallest, int largest) {
        if (value == null) {
            return absent;
        }
        // ASCII digits only: Integer.parseInt would also take full-width and other scripts' digits
        if (value.matches("[0-9]{1,10}")) {
            long number = Long.parseLong(value);
            if (number >= smallest && number <= largest) {
                return (int) number;
            }
        }
        throw ApiError.of(session, auth.adminAuth().getUser(), Response.Status.BAD_REQUEST, "mdrive.admin.invalidPaging",
                LARGEST_MAX).exception();
    }
}
