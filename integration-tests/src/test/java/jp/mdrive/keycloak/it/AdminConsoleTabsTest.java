package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserProfileAttributeMetadata;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

/**
 * R-OPS-8 in the admin console, through the admin REST calls the console makes: a lock shows on the
 * user's details (read-only attributes of the realm's user profile), and the console's M-Drive tabs
 * (feature declarative-ui) lift a lock and change a contract's settings by saving their form, a
 * component of the realm, with the permissions and the validation of the admin API.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class AdminConsoleTabsTest extends MailBase {

    static final String TAB_TYPE = "org.keycloak.services.ui.extend.UiTabProvider";
    static final String LOCK_TAB = "mdrive-lock";
    static final String CONTRACT_TAB = "mdrive-contract";

    @InjectAdminClient
    Keycloak admin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    /** Another realm, whose entities a manage-realm admin of realm mdrive may name in a tab's form. */
    @InjectRealm(ref = "ops8-tab-other")
    ManagedRealm other;

    private AdminApi api() {
        return new AdminApi(urls, realm.getName());
    }

    private String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    /**
     * Saves a tab's form as the console's PageHandler does: the route's parameters merged into the
     * config, the realm's one component of the tab created at the first save and updated after.
     */
    private BearerClient.Answer saveTab(String token, String language, String tab, String entityId, Map<String, List<String>> fields) {
        Map<String, List<String>> config = new HashMap<>(fields);
        config.putAll(Map.of("realm", List.of(realm.getName()), "id", List.of(entityId), "tab", List.of(tab)));
        ComponentRepresentation component = new ComponentRepresentation();
        component.setProviderId(tab);
        component.setProviderType(TAB_TYPE);
        component.setParentId(realm.getId());
        component.setConfig(new MultivaluedHashMap<>(config));
        String body = json(component);
        return stored(tab) == null ? api().post("/components", token, language, body)
                : api().put("/components/" + stored(tab).getId(), token, language, body);
    }

    private ComponentRepresentation stored(String tab) {
        return realm.admin().components().query(realm.getId(), TAB_TYPE).stream()
                .filter(component -> tab.equals(component.getProviderId())).findFirst().orElse(null);
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<String>> attributesOf(String userId) {
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        return user.getAttributes() == null ? Map.of() : user.getAttributes();
    }

    @Test
    @DisplayName("R-OPS-8 the server offers the M-Drive tabs on the user and organization pages (declarative-ui)")
    void tabsOffered() {
        Map<String, Object> metadata = admin.serverInfo().getInfo().getComponentTypes().get(TAB_TYPE).stream()
                .filter(type -> LOCK_TAB.equals(type.getId())).findFirst().orElseThrow().getMetadata();
        assertEquals("/:realm/users/:id/:tab", metadata.get("path"));
        assertEquals(Map.of("tab", LOCK_TAB), metadata.get("params"));
        assertTrue(admin.serverInfo().getInfo().getComponentTypes().get(TAB_TYPE).stream()
                .anyMatch(type -> CONTRACT_TAB.equals(type.getId()) && "/:realm/organizations/:id/:tab".equals(type.getMetadata().get("path"))));
    }

    @Test
    @DisplayName("R-OPS-8 a locked user's details show since when and how many failures, read-only and for admins only; the unblock link removes them")
    void lockOnUserDetails() {
        LockedUser locked = LockedUser.of(realm, mail, "ops8-details");
        Map<String, List<String>> attributes = attributesOf(locked.userId());
        assertEquals(List.of("10"), attributes.get("mdrive.lock-failures"));
        assertTrue(attributes.get("mdrive.locked-since").get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00"), attributes.toString());

        UserRepresentation withMetadata = realm.admin().users().get(locked.userId()).toRepresentation(true);
        UserProfileAttributeMetadata since = withMetadata.getUserProfileMetadata().getAttributeMetadata("mdrive.locked-since");
        assertTrue(since.isReadOnly(), "nobody edits the lock by hand");
        assertEquals("mdrive-lock", since.getGroup());
        assertEquals("${mdriveLockedSince}", since.getDisplayName());
        UPAttribute declared = realm.admin().users().userProfile().getConfiguration().getAttribute("mdrive.lock-failures");
        assertEquals(Set.of("admin"), declared.getPermissions().getView(), "users never see it");

        assertEquals(200, new BrowserFlowClient(realm).get(locked.link()).status());
        assertNull(attributesOf(locked.userId()).get("mdrive.locked-since"), "the unblock link removed it");
        assertNull(attributesOf(locked.userId()).get("mdrive.lock-failures"));
    }

    @Test
    @DisplayName("R-OPS-8 a password reset lifts the lock and removes it from the user's details")
    void resetRemovesLockFromDetails() {
        LockedUser locked = LockedUser.of(realm, mail, "ops8-reset");
        mail.runCleanup();
        assertEquals(List.of("10"), attributesOf(locked.userId()).get("mdrive.lock-failures"));

        PasswordResetTest.requestReset(realm, locked.email());
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = browser.get(Mails.link(Mails.only(mail, locked.email())));
        browser.post(page.formAction("mdrive-reset-password-form"),
                Map.of("password-new", PasswordResetTest.NEW_PASSWORD, "password-confirm", PasswordResetTest.NEW_PASSWORD));

        assertNull(attributesOf(locked.userId()).get("mdrive.locked-since"));
        assertNull(attributesOf(locked.userId()).get("mdrive.lock-failures"));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(locked.email(), PasswordResetTest.NEW_PASSWORD).passedPassword());
    }

    @Test
    @DisplayName("R-OPS-8 the M-Drive tab's save lifts the lock: the user signs in, the stored form is empty, metric and admin event; saved again it says not locked")
    void lockTabLifts() {
        realm.updateWithCleanup(r -> r.adminEventsEnabled(true).adminEventsDetailsEnabled(true));
        LockedUser locked = LockedUser.of(realm, mail, "ops8-tab");
        Meters before = Meters.scrape(urls.getMetric());

        BearerClient.Answer saved = saveTab(adminToken(), "ja", LOCK_TAB, locked.userId(), Map.of("liftLock", List.of("true")));
        assertTrue(saved.status() == 201 || saved.status() == 204, saved.status() + " " + saved.body());
        assertEquals(1, Meters.scrape(urls.getMetric()).moved(before, MetricsTest.UNLOCKED, "path", "admin"));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(locked.email(), DemoRealm.PASSWORD).passedPassword());
        assertNull(attributesOf(locked.userId()).get("mdrive.locked-since"));
        assertTrue(stored(LOCK_TAB).getConfig() == null || stored(LOCK_TAB).getConfig().isEmpty(),
                "the one form of the realm keeps no user and no switch: " + stored(LOCK_TAB).getConfig());
        List<AdminEventRepresentation> events = realm.admin().getAdminEvents(List.of("DELETE"), null, null, null, null,
                "mdrive/locks/" + locked.userId(), null, null, null, null, null);
        assertEquals(1, events.size());
        assertEquals("MDRIVE_LOCK", events.get(0).getResourceType());

        BearerClient.Answer again = saveTab(adminToken(), "en", LOCK_TAB, locked.userId(), Map.of("liftLock", List.of("true")));
        assertEquals(400, again.status(), again.body());
        assertEquals("This user is not locked (or does not exist).", again.json().get("errorMessage"));
        BearerClient.Answer againJa = saveTab(adminToken(), "ja", LOCK_TAB, locked.userId(), Map.of("liftLock", List.of("true")));
        assertEquals("このユーザーはロックされていません（またはユーザーが存在しません）。", againJa.json().get("errorMessage"));

        BearerClient.Answer switchOff = saveTab(adminToken(), "ja", LOCK_TAB, locked.userId(), Map.of("liftLock", List.of("false")));
        assertEquals(204, switchOff.status(), "saving with the switch off does nothing and is no error");
    }

    @Test
    @DisplayName("R-OPS-8 attack: the tab with manage-realm but not manage-users is refused, with view-users only Keycloak refuses the save; the lock stays")
    void lockTabNeedsManageUsers() {
        LockedUser locked = LockedUser.of(realm, mail, "ops8-tab-perm");
        String realmManager = AdminApi.userToken(realm, "ops8-realm-manager", "manage-realm");
        String usersViewer = AdminApi.userToken(realm, "ops8-tab-viewer", "view-users");

        BearerClient.Answer refused = saveTab(realmManager, "en", LOCK_TAB, locked.userId(), Map.of("liftLock", List.of("true")));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("このユーザーのロックを解除する権限がありません（ユーザーの管理権限が必要です）。", refused.json().get("errorMessage"),
                "in the language of the admin, a Japanese user of the realm");
        assertEquals(403, saveTab(usersViewer, "en", LOCK_TAB, locked.userId(), Map.of("liftLock", List.of("true"))).status());
        BearerClient.Answer unknown = saveTab(adminToken(), "en", LOCK_TAB, "no-such-user\u0000", Map.of("liftLock", List.of("true")));
        assertEquals(400, unknown.status(), unknown.body());

        assertTrue(locked.refusedAsLocked(realm), "still locked");
        assertEquals(List.of("10"), attributesOf(locked.userId()).get("mdrive.lock-failures"));
    }

    @Test
    @DisplayName("R-OPS-8 the contract tab's save changes route, lines and switch with the contract API's validation; an invalid or hostile value is its localized refusal; a viewer cannot save; nothing changes when refused")
    void contractTab() {
        Organizations.OwnContract contract = Organizations.withContractor(realm, "ops8-tab-contract", Map.of());
        String organizationId = contract.resource().toRepresentation().getId();

        BearerClient.Answer invalid = saveTab(adminToken(), "ja", CONTRACT_TAB, organizationId,
                Map.of("accessRoute", List.of("line-only"), "lineNumbers", List.of("CAF123"), "twoStepVerification", List.of("-")));
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals("回線番号「CAF123」は正しくありません。CAFと英数字10桁（13文字）、またはCOPと英数字8桁（11文字）で入力してください。",
                invalid.json().get("errorMessage"));
        BearerClient.Answer lineOnlyWithoutLines = saveTab(adminToken(), "en", CONTRACT_TAB, organizationId,
                Map.of("accessRoute", List.of("line-only"), "lineNumbers", List.of(""), "twoStepVerification", List.of("-")));
        assertEquals(400, lineOnlyWithoutLines.status(), lineOnlyWithoutLines.body());
        assertEquals("With the access route \"line authentication only\", register at least one line number.",
                lineOnlyWithoutLines.json().get("errorMessage"));
        BearerClient.Answer hostile = saveTab(adminToken(), "en", CONTRACT_TAB, organizationId,
                Map.of("lineNumbers", List.of("{0}'{", "A".repeat(100_000)), "twoStepVerification", List.of("maybe")));
        assertEquals(400, hostile.status(), hostile.body());
        assertNull(contract.resource().toRepresentation().getAttributes().get("mdrive.access-route"), "nothing changed");

        BearerClient.Answer saved = saveTab(adminToken(), "ja", CONTRACT_TAB, organizationId,
                Map.of("accessRoute", List.of("line-only"), "lineNumbers", List.of(" caf1234567890 ", ""), "twoStepVerification", List.of("off")));
        assertTrue(saved.status() == 201 || saved.status() == 204, saved.status() + " " + saved.body());
        Map<String, List<String>> attributes = contract.resource().toRepresentation().getAttributes();
        assertEquals(List.of("line-only"), attributes.get("mdrive.access-route"));
        assertEquals(List.of("CAF1234567890"), attributes.get("mdrive.line-numbers"));
        assertEquals(List.of("false"), attributes.get("mdrive.two-step-verification"));
        assertTrue(stored(CONTRACT_TAB).getConfig() == null || stored(CONTRACT_TAB).getConfig().isEmpty(), "the form is stored empty");

        // saving a tab needs manage-realm, which Keycloak lets manage organizations too: below it, Keycloak refuses
        String orgViewer = AdminApi.userToken(realm, "ops8-tab-org-viewer", "view-organizations", "view-realm");
        BearerClient.Answer refused = saveTab(orgViewer, "en", CONTRACT_TAB, organizationId, Map.of("accessRoute", List.of("line+internet")));
        assertEquals(403, refused.status(), refused.body());
        assertEquals(List.of("line-only"), contract.resource().toRepresentation().getAttributes().get("mdrive.access-route"), "unchanged");
    }

    @Test
    @DisplayName("R-OPS-8 attack: a tab saved with another realm's organization or user id is refused with the console's message, never a 500; neither changes")
    void foreignIds() {
        RealmRepresentation settings = other.admin().toRepresentation();
        settings.setOrganizationsEnabled(true);
        other.admin().update(settings);
        OrganizationResource foreignContract = Organizations.contract(other, "ops8-tab-foreign", Map.of());
        String foreignUserId = DemoUsers.create(other, "ops8-tab-foreign-" + System.nanoTime() + "@other.example", "en");

        BearerClient.Answer contract = saveTab(adminToken(), "en", CONTRACT_TAB, foreignContract.toRepresentation().getId(),
                Map.of("accessRoute", List.of("line+internet"), "twoStepVerification", List.of("off")));
        assertEquals(400, contract.status(), contract.body());
        assertTrue(contract.json().get("errorMessage") instanceof String message && !message.isBlank(), contract.body());
        Map<String, List<String>> attributes = foreignContract.toRepresentation().getAttributes();
        assertNull(attributes.get("mdrive.access-route"), "the other realm's organization is unchanged");
        assertNull(attributes.get("mdrive.two-step-verification"), "the other realm's organization is unchanged");

        BearerClient.Answer lock = saveTab(adminToken(), "en", LOCK_TAB, foreignUserId, Map.of("liftLock", List.of("true")));
        assertEquals(400, lock.status(), lock.body());
        assertTrue(other.admin().users().get(foreignUserId).toRepresentation().isEnabled(), "the other realm's user is as it was");
    }
}
