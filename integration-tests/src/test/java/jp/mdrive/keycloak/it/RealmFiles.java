package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.StringPropertyReplacer;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The two files of realm-export: the production export, which Keycloak imports at start-up with its
 * {@code ${VAR:default}} placeholders resolved from the environment, and the demo data that only
 * bin/start and the tests add to the running realm (Keycloak's import creates realms, it never adds
 * to one).
 */
public final class RealmFiles {

    public static final String EXPORT = "/mdrive-realm.json";
    public static final String DEMO_DATA = "/mdrive-demo-data.json";

    private RealmFiles() {
    }

    /**
     * The export as {@code kc.sh start --import-realm} reads it: the admin REST API, through which the
     * test framework creates realms, would take the placeholders literally.
     */
    public static RealmRepresentation export() {
        // the resolver and the replacer of Keycloak's AbstractFileBasedImportProvider: environment only
        return read(EXPORT, json -> StringPropertyReplacer.replaceProperties(json, System::getenv));
    }

    /** The demo users with their passwords, and the demo contracts with their members and settings. */
    public static RealmRepresentation demoData() {
        return read(DEMO_DATA, json -> json);
    }

    /** The realm as bin/start leaves it: the export imported, the demo data added. */
    public static RealmRepresentation exportWithDemoData() {
        RealmRepresentation realm = export();
        RealmRepresentation demo = demoData();
        realm.setUsers(demo.getUsers());
        realm.setOrganizations(demo.getOrganizations());
        return realm;
    }

    /**
     * Adds the demo data to a realm imported from the export, over the admin API as bin/start does:
     * users by partial import, contracts and their members through the organizations API. What is
     * there already stays as it is.
     */
    public static void addDemoData(RealmResource realm) {
        RealmRepresentation demo = demoData();
        PartialImportRepresentation users = new PartialImportRepresentation();
        users.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
        users.setUsers(demo.getUsers());
        try (Response imported = realm.partialImport(users)) {
            expect(imported, 200, "demo users");
        }
        Map<String, String> idByUsername = demo.getUsers().stream()
                .collect(Collectors.toMap(UserRepresentation::getUsername, UserRepresentation::getId));
        List<String> present = realm.organizations().list(0, 1000).stream().map(OrganizationRepresentation::getAlias).toList();
        demo.getOrganizations().stream().filter(contract -> !present.contains(contract.getAlias())).forEach(contract -> {
            List<String> members = contract.getMembers().stream().map(member -> idByUsername.get(member.getUsername())).toList();
            contract.setMembers(null);
            String id;
            try (Response created = realm.organizations().create(contract)) {
                expect(created, 201, "contract " + contract.getAlias());
                String location = created.getLocation().getPath();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            members.forEach(member -> {
                try (Response joined = realm.organizations().get(id).members().addMember(member)) {
                    expect(joined, 201, "member " + member + " of " + contract.getAlias());
                }
            });
        });
    }

    private static void expect(Response response, int status, String what) {
        if (response.getStatus() != status) {
            throw new IllegalStateException(what + ": " + response.getStatus() + " " + response.readEntity(String.class));
        }
    }

    private static RealmRepresentation read(String name, UnaryOperator<String> resolve) {
        try (InputStream json = Optional.ofNullable(RealmFiles.class.getResourceAsStream(name))
                .orElseThrow(() -> new IllegalStateException(name + " is not on the test class path"))) {
            return JsonSerialization.readValue(resolve.apply(new String(json.readAllBytes(), StandardCharsets.UTF_8)),
                    RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
