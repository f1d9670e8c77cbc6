package jp.mdrive.keycloak.core.upgrade;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.storage.datastore.DefaultExportImportManager;

/** Required actions as the export has them (enabled, default, priority, config), by alias; others stay. */
final class RequiredActionReconciler {

    private final RealmModel realm;

    RequiredActionReconciler(RealmModel realm) {
        this.realm = realm;
    }

    void reconcile(List<RequiredActionProviderRepresentation> actions) {
        if (actions != null) {
            actions.forEach(this::action);
        }
    }

    private void action(RequiredActionProviderRepresentation representation) {
        RequiredActionProviderModel wanted = DefaultExportImportManager.toModel(representation);
        RequiredActionProviderModel present = realm.getRequiredActionProviderByAlias(wanted.getAlias());
        if (present == null) {
            realm.addRequiredActionProvider(wanted);
        } else if (!same(present, wanted)) {
            wanted.setId(present.getId());
            realm.updateRequiredActionProvider(wanted);
        }
    }

    private static boolean same(RequiredActionProviderModel present, RequiredActionProviderModel wanted) {
        return Objects.equals(present.getName(), wanted.getName()) && Objects.equals(present.getProviderId(), wanted.getProviderId())
                && present.isEnabled() == wanted.isEnabled() && present.isDefaultAction() == wanted.isDefaultAction()
                && present.getPriority() == wanted.getPriority() && config(present).equals(config(wanted));
    }

    private static Map<String, String> config(RequiredActionProviderModel action) {
        return action.getConfig() == null ? Map.of() : action.getConfig();
    }
}
