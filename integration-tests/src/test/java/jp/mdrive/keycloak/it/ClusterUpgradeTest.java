package jp.mdrive.keycloak.it;

import static jp.mdrive.keycloak.it.TwoStepUsers.member;
import static jp.mdrive.keycloak.it.TwoStepUsers.phone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.mdrive.keycloak.it.cluster.ProductionCluster;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/**
 * R-OPS-6: a realm exported by the first landed release (kept unchanged as a test resource) is
 * imported by two production nodes of this release starting together; the upgrade at that start
 * brings it to the current export, once, and leaves its users, credentials and contracts alone.
 * The methods run in order: the last restarts both nodes to show that nothing happens again.
 */
@ProductionCluster.FromRealmFile(ClusterUpgradeTest.FIRST_RELEASE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterUpgradeTest extends ClusterBase {

    static final String FIRST_RELEASE = "/upgrade/mdrive-realm-1st-release.json";
    private static final String UPGRADE_LINE = "upgraded from M-Drive configuration";
    private static final String LOCKOUT_THRESHOLD = "mdrive.lockout.threshold";
    private static final String TUNED_THRESHOLD = "7";

    @Test
    @Order(1)
    @DisplayName("R-OPS-6 two nodes start together on the first release's realm: one of them upgrades it once, to the current export's version")
    void upgradedOnce() {
        List<String> lines = upgradeLines();
        assertEquals(1, lines.size(), "one upgrade line across both nodes: " + lines);
        String current = RealmFiles.export().getAttributes().get("mdrive.config-version");
        assertTrue(lines.get(0).contains("Realm mdrive upgraded from M-Drive configuration the first release (no mdrive.config-version) to " + current),
                lines.get(0));
        assertEquals(current, realm.admin().toRepresentation().getAttributes().get("mdrive.config-version"));
    }

    @Test
    @Order(2)
    @DisplayName("R-OPS-6 the upgraded realm's flows, executions, settings, required actions, bindings, clients and roles equal the current export's")
    void likeTheCurrentExport() throws IOException {
        RealmRepresentation export = RealmFiles.export();
        RealmShape wanted = RealmShape.of(export);
        RealmShape upgraded = RealmShape.of(realm.admin().partialExport(true, true)).within(wanted);
        assertEquals(wanted.flows(), upgraded.flows());
        assertEquals(wanted.configs(), upgraded.configs());
        assertEquals(wanted.requiredActions(), upgraded.requiredActions());
        assertEquals(wanted.bindings(), upgraded.bindings());
        assertEquals(wanted.clients(), upgraded.clients());
        assertEquals(wanted.defaultRole(), upgraded.defaultRole(), "users get view-profile, not manage-account");
        assertEquals(wanted.clientScopeMappings(), upgraded.clientScopeMappings());

        RealmRepresentation settings = realm.admin().toRepresentation();
        assertEquals(export.getPasswordPolicy(), settings.getPasswordPolicy());
        assertEquals(export.isOtpPolicyCodeReusable(), settings.isOtpPolicyCodeReusable());
        assertEquals(export.getLoginTheme(), settings.getLoginTheme());
        assertTrue(settings.getEventsListeners().containsAll(export.getEventsListeners()));
        String profile = export.getComponents().get("org.keycloak.userprofile.UserProfileProvider").get(0).getConfig().getFirst("kc.user.profile.config");
        assertEquals(JsonSerialization.writeValueAsString(JsonSerialization.readValue(profile, UPConfig.class)),
                JsonSerialization.writeValueAsString(realm.admin().users().userProfile().getConfiguration()), "user profile");

        for (IdentityProviderRepresentation provider : export.getIdentityProviders()) {
            IdentityProviderRepresentation present = realm.admin().identityProviders().get(provider.getAlias()).toRepresentation();
            assertEquals(provider.getFirstBrokerLoginFlowAlias(), present.getFirstBrokerLoginFlowAlias(), provider.getAlias());
            assertEquals(provider.getPostBrokerLoginFlowAlias(), present.getPostBrokerLoginFlowAlias(), provider.getAlias());
            assertEquals(firstRelease().getIdentityProviders().stream().filter(old -> old.getAlias().equals(provider.getAlias())).findFirst()
                    .orElseThrow().getConfig().get("clientId"), present.getConfig().get("clientId"), "the operator's client id stays");
            assertFalse(present.isEnabled(), "the operator's switch stays");
        }
    }

    @Test
    @Order(3)
    @DisplayName("R-OPS-6 the first release's users, passwords and contracts are as its export made them")
    void dataUntouched() {
        RealmRepresentation old = firstRelease();
        RealmResource admin = realm.admin();
        for (UserRepresentation user : old.getUsers()) {
            UserRepresentation present = admin.users().get(user.getId()).toRepresentation();
            assertEquals(List.of(user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(), user.isEnabled()),
                    List.of(present.getUsername(), present.getEmail(), present.getFirstName(), present.getLastName(), present.isEnabled()));
            user.getAttributes().forEach((name, values) -> assertEquals(values, present.getAttributes().get(name), user.getUsername() + " " + name));
            assertEquals(List.of("password"), admin.users().get(user.getId()).credentials().stream().map(CredentialRepresentation::getType).toList());
            assertTrue(browser(1).openLoginPage("ja").logIn(user.getUsername(), DemoRealm.PASSWORD).passedPassword(), user.getUsername());
        }
        for (OrganizationRepresentation contract : old.getOrganizations()) {
            OrganizationResource stored = Organizations.byAlias(realm, contract.getAlias());
            OrganizationRepresentation present = stored.toRepresentation();
            assertEquals(List.of(contract.getName(), contract.getDescription(), contract.isEnabled()),
                    List.of(present.getName(), present.getDescription(), present.isEnabled()));
            assertEquals(contract.getAttributes(), present.getAttributes(), contract.getAlias());
            assertEquals(domains(contract), domains(present));
            assertEquals(contract.getMembers().stream().map(MemberRepresentation::getUsername).collect(Collectors.toSet()),
                    stored.members().list(0, 100).stream().map(MemberRepresentation::getUsername).collect(Collectors.toSet()));
        }
    }

    @Test
    @Order(4)
    @DisplayName("R-OPS-6 R-2SV-1 R-LOCK-1 on the upgraded realm a sign-in enrols 2SV and is asked for it again, and ten wrong passwords lock with one mail")
    void signInAndLockoutWork() {
        operatorsSmtp();
        String email = member(realm, "upgrade-2sv");
        String[] phone = phone();
        SecondStep enrolment = secondStep(1).logIn(email, "ja");
        enrolment.enrolBySms(SNS, phone[0], phone[1], false);
        assertTrue(enrolment.page.loggedIn());
        assertTrue(secondStep(2).logIn(email, "ja").on(SecondStep.CODE), "the next sign-in asks for a code");

        lockOn(2, "upgrade-lock@demo.m-drive.example");
        assertLockedOnBoth("upgrade-lock@demo.m-drive.example");
    }

    @Test
    @Order(5)
    @DisplayName("R-OPS-6 R-SEC-6 a user of the upgraded realm can no longer change his address through Keycloak's account API, as the first release let him")
    void accountApiClosed() {
        String email = Organizations.withoutTwoStep(realm, "upgrade-console").contractor();
        BrowserFlowClient console = browser(1);
        BrowserFlowClient.Page signedIn = console.openLoginPage("ja").logIn(email, DemoRealm.PASSWORD);
        BearerClient api = new BearerClient(new ManagedRealm(cluster.node(1).origin() + "/realms/" + ProductionCluster.REALM, null, realm.admin()));
        String token = api.exchange(console, signedIn.code());
        String attacker = "upgrade-attacker-" + System.nanoTime() + "@evil.example";

        BearerClient.Answer updated = api.post("/account", token,
                "{\"username\":\"" + attacker + "\",\"email\":\"" + attacker + "\",\"firstName\":\"太郎\",\"lastName\":\"山田\"}");

        assertTrue(updated.status() == 401 || updated.status() == 403, "profile update through the account API: " + updated.status());
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertEquals(List.of(email, email), List.of(user.getEmail(), user.getUsername()), "nothing changed");
    }

    @Test
    @Order(6)
    @DisplayName("R-OPS-6 both nodes restarted: no second upgrade of mdrive and the same flows, executions and credentials; another old realm is upgraded keeping its tuned lockout, one with a broken version is left as it was and the nodes start")
    void idempotent() {
        Map<String, String> flowsBefore = flowIds(realm.admin());
        Map<String, List<String>> executionsBefore = executionIds(realm.admin(), RealmFiles.export());
        Map<String, Set<String>> credentialsBefore = credentialIds();
        RealmResource late = oldRealm("mdrive-late", null);
        RealmResource typo = oldRealm("mdrive-typo", "1.x");
        Map<String, List<String>> typoExecutions = executionIds(typo, firstRelease());

        System.out.printf("Both nodes restarted in %ds%n", cluster.restartBoth().toSeconds());

        assertEquals(1, upgradeLines().stream().filter(line -> line.contains("Realm mdrive upgraded")).count(), "no second upgrade of mdrive");
        assertEquals(flowsBefore, flowIds(realm.admin()));
        assertEquals(executionsBefore, executionIds(realm.admin(), RealmFiles.export()));
        assertEquals(credentialsBefore, credentialIds());
        assertTrue(browser(2).openLoginPage("ja").logIn(DemoRealm.BASIC_USER, DemoRealm.PASSWORD).passedPassword());

        assertEquals(1, upgradeLines().stream().filter(line -> line.contains("Realm mdrive-late upgraded")).count(), "a realm made at run time is upgraded at the next start");
        assertEquals(RealmFiles.export().getAttributes().get("mdrive.config-version"), late.toRepresentation().getAttributes().get("mdrive.config-version"));
        RealmShape lateShape = RealmShape.of(late.partialExport(true, true)).within(RealmShape.of(RealmFiles.export()));
        assertEquals(RealmShape.of(RealmFiles.export()).flows(), lateShape.flows());
        assertEquals(Map.of(LOCKOUT_THRESHOLD, TUNED_THRESHOLD), lateShape.configs().get("mdrive lockout"), "the operator's tuning is kept");
        assertEquals(RealmShape.of(RealmFiles.export()).configs().get("mdrive 2sv"), lateShape.configs().get("mdrive 2sv"), "a new setting comes with its default");

        assertEquals(2, logLines("ERROR").stream().filter(line -> line.contains("Realm mdrive-typo left at its M-Drive configuration as it was")).count(),
                "each node's start tries, refuses and starts");
        assertEquals("1.x", typo.toRepresentation().getAttributes().get("mdrive.config-version"));
        assertEquals(typoExecutions, executionIds(typo, firstRelease()), "the broken realm's flows are as they were");
    }

    /**
     * A realm made through the admin API from the first release's export (without its users and
     * contracts), with that version attribute and a lockout threshold its operator tuned.
     */
    private RealmResource oldRealm(String name, String version) {
        RealmRepresentation old = firstRelease();
        old.setRealm(name);
        old.setUsers(null);
        old.setOrganizations(null);
        old.getAuthenticatorConfig().stream().filter(config -> config.getAlias().equals("mdrive lockout")).findFirst().orElseThrow()
                .getConfig().put(LOCKOUT_THRESHOLD, TUNED_THRESHOLD);
        if (version != null) {
            old.getAttributes().put("mdrive.config-version", version);
        }
        cluster.adminVia(1).realms().create(old);
        return cluster.adminVia(1).realm(name);
    }

    /** The realm's mail server, as an operator sets it: the first release's export named a fixed one, the upgrade leaves SMTP alone. */
    private void operatorsSmtp() {
        RealmRepresentation settings = realm.admin().toRepresentation();
        Map<String, String> smtp = new TreeMap<>(settings.getSmtpServer());
        smtp.put("host", "127.0.0.1");
        smtp.put("port", Integer.toString(cluster.mailPort()));
        settings.setSmtpServer(smtp);
        realm.admin().update(settings);
    }

    private List<String> upgradeLines() {
        return logLines(UPGRADE_LINE);
    }

    /** The lines of both nodes' logs, over all their starts, that contain the text. */
    private List<String> logLines(String text) {
        return List.of(1, 2).stream().flatMap(node -> {
            try {
                return Files.readAllLines(cluster.node(node).log()).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(line -> line.contains(text)).toList();
    }

    private static Map<String, String> flowIds(RealmResource realm) {
        return realm.flows().getFlows().stream().collect(Collectors.toMap(flow -> flow.getAlias(), flow -> flow.getId(), (a, b) -> a, TreeMap::new));
    }

    /** The execution ids of the realm's flows that the export names. */
    private static Map<String, List<String>> executionIds(RealmResource realm, RealmRepresentation export) {
        return export.getAuthenticationFlows().stream().collect(Collectors.toMap(flow -> flow.getAlias(),
                flow -> realm.flows().getExecutions(flow.getAlias()).stream().map(execution -> execution.getId()).toList(),
                (a, b) -> a, TreeMap::new));
    }

    private Map<String, Set<String>> credentialIds() {
        return firstRelease().getUsers().stream().collect(Collectors.toMap(UserRepresentation::getUsername,
                user -> realm.admin().users().get(user.getId()).credentials().stream().map(CredentialRepresentation::getId)
                        .collect(Collectors.toCollection(TreeSet::new)), (a, b) -> a, TreeMap::new));
    }

    private static Set<String> domains(OrganizationRepresentation contract) {
        return contract.getDomains().stream().map(OrganizationDomainRepresentation::getName).collect(Collectors.toSet());
    }

    private static RealmRepresentation firstRelease() {
        try (InputStream json = ClusterUpgradeTest.class.getResourceAsStream(FIRST_RELEASE)) {
            assertNotNull(json, FIRST_RELEASE);
            return JsonSerialization.readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
