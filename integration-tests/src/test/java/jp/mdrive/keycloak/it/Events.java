package jp.mdrive.keycloak.it;

import java.util.List;

import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** The realm's stored events of one user, as an auditor reads them in the admin console. */
final class Events {

    private Events() {
    }

    static List<EventRepresentation> of(ManagedRealm realm, String userId, String type) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }

    /** The user's refused attempts (events with an error), newest first. */
    static List<EventRepresentation> errors(ManagedRealm realm, String userId) {
        return realm.admin().getEvents(null, null, userId, null, null, null, 0, 200).stream().filter(event -> event.getError() != null).toList();
    }
}
