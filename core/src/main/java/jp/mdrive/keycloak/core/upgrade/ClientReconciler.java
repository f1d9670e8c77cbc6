package jp.mdrive.keycloak.core.upgrade;

import java.util.List;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.RepresentationToModel;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The export's clients: created as Keycloak's import creates them when missing, otherwise given the
 * export's settings and protocol mappers through Keycloak's own update. What belongs to the
 * deployment stays: redirect URIs and web origins (operators point {@code mdrive-api} at their front
 * end), an existing secret (Keycloak's update keeps it when the export names none, as ours never
 * does), mappers and roles the export does not name.
 */
final class ClientReconciler {

    private final KeycloakSession session;
    private final RealmModel realm;

    ClientReconciler(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void reconcile(List<ClientRepresentation> clients) {
        if (clients != null) {
            clients.forEach(this::client);
        }
    }

    private void client(ClientRepresentation wanted) {
        ClientModel present = realm.getClientByClientId(wanted.getClientId());
        if (present == null) {
            RepresentationToModel.createClient(session, realm, wanted);
            return;
        }
        wanted.setRedirectUris(null);
        wanted.setWebOrigins(null);
        RepresentationToModel.updateClient(wanted, present, session);
        RepresentationToModel.updateClientProtocolMappers(wanted, present);
    }
}
