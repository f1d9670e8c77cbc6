package jp.mdrive.keycloak.it;

import java.util.List;

import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Admin-API access to the demo contracts by alias. */
final class Organizations {

    private Organizations() {
    }

    static List<OrganizationRepresentation> all(ManagedRealm realm) {
        return realm.admin().organizations().list(0, 100);
    }

    static OrganizationResource byAlias(ManagedRealm realm, String alias) {
        String id = all(realm).stream().filter(o -> alias.equals(o.getAlias())).findFirst().orElseThrow().getId();
        return realm.admin().organizations().get(id);
    }
}
