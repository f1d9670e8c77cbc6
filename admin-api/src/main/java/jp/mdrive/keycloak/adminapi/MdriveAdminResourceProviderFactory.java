package jp.mdrive.keycloak.adminapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/** Mounts {@link MdriveAdminResource} under {@code /admin/realms/{realm}/mdrive}, beside Keycloak's own admin API. */
public class MdriveAdminResourceProviderFactory implements AdminRealmResourceProviderFactory, NoLifecycleFactory<AdminRealmResourceProvider>,
        AdminRealmResourceProvider {

    public static final String ID = "mdrive";

    @Override
    public String getId() {
        return ID;
    }

    /** Stateless: the resource gets everything it needs per request, so one instance serves every session. */
    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        return new MdriveAdminResource(session, realm, auth, adminEvent);
    }

    /** Nothing to release, as provider or as factory. */
    @Override
    public void close() {
    }
}
