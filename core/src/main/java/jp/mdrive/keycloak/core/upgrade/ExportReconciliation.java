package jp.mdrive.keycloak.core.upgrade;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The step that makes a realm match the export of its version: flows with their executions and
 * settings, required actions, clients with their roles and scope, and the realm settings, bindings
 * and attributes the export sets. Users, credentials, contracts (organizations) and the secrets of
 * identity providers and SMTP are not touched. Its version is the export's own
 * {@link ConfigVersion#ATTRIBUTE}, so a realm freshly imported from that export is already current.
 */
final class ExportReconciliation implements UpgradeStep {

    private final BundledExport export;
    private final ConfigVersion version;

    ExportReconciliation(BundledExport export) {
        this.export = export;
        this.version = export.version();
    }

    @Override
    public ConfigVersion version() {
        return version;
    }

    @Override
    public void apply(KeycloakSession session, RealmModel realm) {
        RealmRepresentation wanted = export.representation();
        new FlowReconciler(session, realm).reconcile(wanted.getAuthenticatorConfig(), wanted.getAuthenticationFlows());
        new RequiredActionReconciler(realm).reconcile(wanted.getRequiredActions());
        new ClientReconciler(session, realm).reconcile(wanted.getClients());
        new RoleReconciler(realm).reconcile(wanted.getRoles(), wanted.getClientScopeMappings());
        new RealmSettingsReconciler(session, realm).reconcile(wanted);
    }
}
