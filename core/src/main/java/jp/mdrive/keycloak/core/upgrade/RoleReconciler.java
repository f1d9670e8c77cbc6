package jp.mdrive.keycloak.core.upgrade;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleContainerModel;
import org.keycloak.models.RoleModel;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.ScopeMappingRepresentation;

/**
 * The roles the export declares, and the client scope mappings it gives: what keeps Keycloak's
 * account console a window, not a door. A declared composite gets exactly the export's members
 * (so the default role loses {@code manage-account} that Keycloak gives every realm), a client named
 * in a scope mapping exactly the export's roles of that role's client. Roles and mappings the export
 * does not mention stay as they are; no user's role mapping is touched.
 */
final class RoleReconciler {

    private final RealmModel realm;

    RoleReconciler(RealmModel realm) {
        this.realm = realm;
    }

    void reconcile(RolesRepresentation roles, Map<String, List<ScopeMappingRepresentation>> clientScopeMappings) {
        if (roles != null) {
            declare(roles);
            composites(roles);
        }
        if (clientScopeMappings != null) {
            clientScopeMappings.forEach(this::scopeMappings);
        }
    }

    private void declare(RolesRepresentation roles) {
        each(roles, (container, role) -> {
            RoleModel present = container.getRole(role.getName());
            if (present == null) {
                present = container.addRole(role.getName());
            }
            if (!Objects.equals(present.getDescription(), role.getDescription())) {
                present.setDescription(role.getDescription());
            }
        });
    }

    private void composites(RolesRepresentation roles) {
        each(roles, (container, role) -> {
            if (role.isComposite() && role.getComposites() != null) {
                RoleModel composite = container.getRole(role.getName());
                Set<RoleModel> wanted = members(role.getComposites());
                Set<RoleModel> present = composite.getCompositesStream().collect(Collectors.toSet());
                present.stream().filter(member -> !wanted.contains(member)).toList().forEach(composite::removeCompositeRole);
                wanted.stream().filter(member -> !present.contains(member)).forEach(composite::addCompositeRole);
            }
        });
    }

    private Set<RoleModel> members(RoleRepresentation.Composites composites) {
        Set<RoleModel> members = new HashSet<>();
        if (composites.getRealm() != null) {
            composites.getRealm().forEach(name -> members.add(required(realm, name)));
        }
        if (composites.getClient() != null) {
            composites.getClient().forEach((clientId, names) -> names.forEach(name -> members.add(required(client(clientId), name))));
        }
        return members;
    }

    private void scopeMappings(String roleClientId, List<ScopeMappingRepresentation> mappings) {
        ClientModel roleClient = client(roleClientId);
        for (ScopeMappingRepresentation mapping : mappings) {
            ClientModel client = client(mapping.getClient());
            Set<RoleModel> wanted = mapping.getRoles().stream().map(name -> required(roleClient, name)).collect(Collectors.toSet());
            Set<RoleModel> present = client.getScopeMappingsStream().filter(role -> role.isClientRole() && role.getContainerId().equals(roleClient.getId()))
                    .collect(Collectors.toSet());
            present.stream().filter(role -> !wanted.contains(role)).toList().forEach(client::deleteScopeMapping);
            wanted.stream().filter(role -> !present.contains(role)).forEach(client::addScopeMapping);
        }
    }

    private void each(RolesRepresentation roles, RoleAction action) {
        Stream.ofNullable(roles.getRealm()).flatMap(List::stream).forEach(role -> action.on(realm, role));
        if (roles.getClient() != null) {
            roles.getClient().forEach((clientId, clientRoles) -> clientRoles.forEach(role -> action.on(client(clientId), role)));
        }
    }

    private ClientModel client(String clientId) {
        ClientModel client = realm.getClientByClientId(clientId);
        if (client == null) {
            throw new IllegalStateException("client " + clientId + " named by the export is missing");
        }
        return client;
    }

    private static RoleModel required(RoleContainerModel container, String name) {
        RoleModel role = container.getRole(name);
        if (role == null) {
            throw new IllegalStateException("role " + name + " named by the export is missing");
        }
        return role;
    }

    private interface RoleAction {
        void on(RoleContainerModel container, RoleRepresentation role);
    }
}
