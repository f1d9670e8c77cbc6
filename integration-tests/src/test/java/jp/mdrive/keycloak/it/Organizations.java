package jp.mdrive.keycloak.it;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

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

    /**
     * A basic-plan contract with the given extra settings (say 2SV switched off), made once per realm
     * import; tests that change a contract's settings use their own, never the demo ones.
     */
    static OrganizationResource contract(ManagedRealm realm, String alias, Map<String, String> settings) {
        if (all(realm).stream().noneMatch(o -> alias.equals(o.getAlias()))) {
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setAlias(alias);
            organization.setName(alias);
            organization.singleAttribute("mdrive.plan", "basic");
            settings.forEach(organization::singleAttribute);
            try (Response created = realm.admin().organizations().create(organization)) {
                if (created.getStatus() != 201) {
                    throw new IllegalStateException("organization " + alias + ": " + created.getStatus() + " " + created.readEntity(String.class));
                }
            }
        }
        return byAlias(realm, alias);
    }

    /** A contract whose contractor switched 2-step verification off (manual 5.1). */
    static OrganizationResource twoStepOff(ManagedRealm realm) {
        return contract(realm, "test-2sv-off", Map.of("mdrive.two-step-verification", "false"));
    }

    /** A contract of its own with a contractor (a password user), for tests that change its settings. */
    record OwnContract(String alias, OrganizationResource resource, String contractor, String contractorId) {
    }

    static OwnContract withContractor(ManagedRealm realm, String name, Map<String, String> settings) {
        String alias = name + "-" + System.nanoTime();
        String contractor = "contractor-" + alias + "@demo.m-drive.example";
        String contractorId = DemoUsers.create(realm, contractor, "ja");
        Map<String, String> all = new HashMap<>(settings);
        all.put("mdrive.contractor", contractorId);
        OrganizationResource resource = contract(realm, alias, all);
        join(resource, contractorId);
        return new OwnContract(alias, resource, contractor, contractorId);
    }

    /** As above, with 2-step verification switched off, so that the contractor's sign-ins and tokens need the password only. */
    static OwnContract withoutTwoStep(ManagedRealm realm, String name) {
        return withContractor(realm, name, Map.of("mdrive.two-step-verification", "false"));
    }

    /** Changes one setting of the contract, as the operator does in the admin console. */
    static void set(OrganizationResource contract, String name, String value) {
        OrganizationRepresentation organization = contract.toRepresentation();
        organization.getAttributes().put(name, List.of(value));
        contract.update(organization).close();
    }

    /**
     * A free trial starting today, 2SV off: the demo realm's trial has a fixed start and ends on a
     * fixed day, after which its members no longer sign in (R-PLAN-1).
     */
    static OwnContract runningTrial(ManagedRealm realm, String name) {
        return withContractor(realm, name, Map.of("mdrive.plan", "trial",
                "mdrive.trial.started-on", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString(), "mdrive.two-step-verification", "false"));
    }

    /** Adds the user to the contract. */
    static void join(OrganizationResource contract, String userId) {
        try (Response added = contract.members().addMember(userId)) {
            if (added.getStatus() != 201 && added.getStatus() != 204) {
                throw new IllegalStateException("member " + userId + ": " + added.getStatus());
            }
        }
    }

    static OrganizationResource byAlias(ManagedRealm realm, String alias) {
        String id = all(realm).stream().filter(o -> alias.equals(o.getAlias())).findFirst().orElseThrow().getId();
        return realm.admin().organizations().get(id);
    }
}
