package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

/**
 * R-OPS-8 on the real server: the realm admin's API under {@code /admin/realms/mdrive/mdrive}, which
 * the admin console's M-Drive tabs use too. Locks come from real wrong passwords; every refused call
 * is shown to have changed nothing.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class RealmAdminApiTest extends MailBase {

    static final String OTHER_ADMIN = "other-realm-admin";

    @InjectAdminClient
    Keycloak admin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectRealm(ref = "ops8-other", config = OtherRealm.class)
    ManagedRealm other;

    private AdminApi api() {
        return new AdminApi(urls, realm.getName());
    }

    /** The token the admin console holds: the framework's master-realm admin. */
    private String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    private LockedUser lockedUser(String name) {
        return LockedUser.of(realm, mail, name);
    }

    private String userToken(String name, String... roles) {
        return AdminApi.userToken(realm, name, roles);
    }

    private Map<String, Object> lockOf(LockedUser locked) {
        BearerClient.Answer answer = api().get("/mdrive/locks/" + locked.userId(), adminToken());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    @DisplayName("R-OPS-8 a lock from ten wrong passwords is listed with since and failures; the admin lifts it; the user signs in; the unblock link is void; metric and admin event")
    void listAndLift() {
        realm.updateWithCleanup(r -> r.adminEventsEnabled(true).adminEventsDetailsEnabled(true));
        long before = System.currentTimeMillis();
        LockedUser locked = lockedUser("ops8-lift");

        BearerClient.Answer list = api().get("/mdrive/locks?max=1000", adminToken());
        assertEquals(200, list.status(), list.body());
        Map<String, Object> listed = listed(list.body(), locked.userId());
        assertEquals(locked.email(), listed.get("username"));
        assertEquals(locked.email(), listed.get("email"));
        assertEquals(10, listed.get("failures"));
        assertEquals(true, listed.get("unblockLinkOutstanding"));
        long since = ((Number) listed.get("lockedSinceEpochMillis")).longValue();
        assertTrue(since >= before - 5_000 && since <= System.currentTimeMillis() + 5_000, "locked just now: " + since);
        assertEquals(Instant.ofEpochMilli(since).toString(), listed.get("lockedSince"));
        assertEquals(listed, lockOf(locked), "the one user's lock reads the same");

        Meters metersBefore = Meters.scrape(urls.getMetric());
        BearerClient.Answer lifted = api().delete("/mdrive/locks/" + locked.userId(), adminToken());
        assertEquals(204, lifted.status(), lifted.body());
        Meters metersAfter = Meters.scrape(urls.getMetric());
        assertEquals(1, metersAfter.moved(metersBefore, MetricsTest.UNLOCKED, "path", "admin"));
        assertEquals(1, metersAfter.moved(metersBefore, MetricsTest.UNLOCKED), "no other path counted");

        BearerClient.Answer gone = api().get("/mdrive/locks/" + locked.userId(), adminToken());
        assertEquals(404, gone.status());
        assertEquals("mdrive.admin.lockNotFound", gone.json().get("error"));
        assertEquals("このユーザーはロックされていません（またはユーザーが存在しません）。", gone.json().get("message"));
        assertEquals(404, api().delete("/mdrive/locks/" + locked.userId(), adminToken()).status(), "a second lift lifts nothing");

        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(locked.email(), DemoRealm.PASSWORD).passedPassword());
        BrowserFlowClient.Page link = new BrowserFlowClient(realm).get(locked.link());
        assertFalse(link.says("アカウントロックを解除しました。"), "the admin's lift voided the link");
        assertTrue(link.status() < 500, link.body());
        assertEquals(0, Meters.scrape(urls.getMetric()).moved(metersAfter, MetricsTest.UNLOCKED), "the link lifted nothing more");

        List<AdminEventRepresentation> events = realm.admin().getAdminEvents(List.of("DELETE"), null, null, null, null,
                "mdrive/locks/" + locked.userId(), null, null, null, null, null);
        assertEquals(1, events.size(), "one admin event of the lift");
        assertEquals("MDRIVE_LOCK", events.get(0).getResourceType());
        assertTrue(events.get(0).getRepresentation().contains("\"failures\":10"), events.get(0).getRepresentation());
    }

    @Test
    @DisplayName("R-OPS-8 the list pages with first and max; bad paging is a localized 400")
    void paging() {
        lockedUser("ops8-page-a");
        lockedUser("ops8-page-b");
        List<?> all = list(api().get("/mdrive/locks?max=1000", adminToken()).body());
        assertTrue(all.size() >= 2, all.toString());
        List<?> second = list(api().get("/mdrive/locks?first=1&max=1", adminToken()).body());
        assertEquals(List.of(all.get(1)), second);

        for (String bad : List.of("?max=0", "?max=1001", "?first=-1", "?first=abc", "?max=1e3", "?max=%EF%BC%91")) {
            BearerClient.Answer refused = api().get("/mdrive/locks" + bad, adminToken());
            assertEquals(400, refused.status(), bad + " " + refused.body());
            assertEquals("mdrive.admin.invalidPaging", refused.json().get("error"), bad);
        }
        assertEquals(400, api().get("/mdrive/locks?max=%00", adminToken()).status(), "Keycloak's own refusal of a control character");
    }

    @Test
    @DisplayName("R-OPS-8 attack: an admin with view-users only sees locks but its DELETE is 403; the lock stays")
    void viewOnlyCannotLift() {
        LockedUser locked = lockedUser("ops8-view");
        String viewer = userToken("ops8-viewer", "view-users");

        BearerClient.Answer list = api().get("/mdrive/locks?max=1000", viewer);
        assertEquals(200, list.status(), list.body());
        listed(list.body(), locked.userId());
        assertEquals(200, api().get("/mdrive/locks/" + locked.userId(), viewer).status());

        assertEquals(403, api().delete("/mdrive/locks/" + locked.userId(), viewer).status());
        assertEquals(10, lockOf(locked).get("failures"), "still locked");
        assertTrue(locked.refusedAsLocked(realm));
    }

    @Test
    @DisplayName("R-OPS-8 attack: no token, a plain user's token, another realm's admin: refused; the lock stays")
    void strangersRefused() {
        LockedUser locked = lockedUser("ops8-strangers");
        String plainToken = userToken("ops8-plain");
        String otherAdmin = AdminApi.token(other, OTHER_ADMIN, DemoRealm.PASSWORD);

        assertEquals(401, api().get("/mdrive/locks", null).status());
        assertEquals(401, api().delete("/mdrive/locks/" + locked.userId(), null).status());
        assertEquals(403, api().get("/mdrive/locks", plainToken).status());
        assertEquals(403, api().delete("/mdrive/locks/" + locked.userId(), plainToken).status());
        assertEquals(403, api().get("/mdrive/locks/no-such-user", plainToken).status(), "no probing of ids");
        assertRefused(api().get("/mdrive/locks", otherAdmin));
        assertRefused(api().delete("/mdrive/locks/" + locked.userId(), otherAdmin));
        assertEquals(200, new AdminApi(urls, other.getName()).get("/mdrive/locks", otherAdmin).status(), "its own realm's locks it sees");

        assertEquals(10, lockOf(locked).get("failures"), "still locked");
        assertTrue(locked.refusedAsLocked(realm));
    }

    @Test
    @DisplayName("R-OPS-8 a user who is not locked and an unknown id are the same 404, in the caller's language")
    void notLockedAndUnknownAlike() {
        String email = "ops8-free-" + System.nanoTime() + "@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG);

        BearerClient.Answer notLocked = api().send("DELETE", "/mdrive/locks/" + userId, adminToken(), "en", null);
        BearerClient.Answer unknown = api().send("DELETE", "/mdrive/locks/00000000-0000-0000-0000-000000000000", adminToken(), "en", null);
        BearerClient.Answer hostile = api().send("GET", "/mdrive/locks/%00%0A" + "x".repeat(300), adminToken(), "en", null);
        for (BearerClient.Answer answer : List.of(notLocked, unknown, hostile)) {
            assertEquals(404, answer.status(), answer.body());
            assertEquals("This user is not locked (or does not exist).", answer.json().get("message"));
        }
        for (int i = 0; i < 8; i++) {
            new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG);
        }
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG).says(LockoutTest.LOCKED_JA),
                "the refused lift left the count: the tenth wrong password still locks");
    }

    private Map<String, List<String>> attributes(Organizations.OwnContract contract) {
        return contract.resource().toRepresentation().getAttributes();
    }

    /** A fresh contract, the calls that must all be refused (given the contract's admin path), and its settings as they were. */
    private void assertRefusedAndUnchanged(String name, Map<String, String> settings, Consumer<String> refusedCalls) {
        Organizations.OwnContract contract = Organizations.withContractor(realm, name, settings);
        Map<String, List<String>> before = attributes(contract);
        refusedCalls.accept("/mdrive/contracts/" + contract.alias());
        assertEquals(before, attributes(contract), "nothing changed");
    }

    @Test
    @DisplayName("R-OPS-8 contract: the admin reads and changes lines, route and 2SV switch; the contract API sees the change; admin event")
    void contractChange() {
        realm.updateWithCleanup(r -> r.adminEventsEnabled(true).adminEventsDetailsEnabled(true));
        Organizations.OwnContract contract = Organizations.withoutTwoStep(realm, "ops8-contract");
        String path = "/mdrive/contracts/" + contract.alias();

        BearerClient.Answer read = api().get(path, adminToken());
        assertEquals(200, read.status(), read.body());
        assertEquals("line+internet", read.json().get("accessRoute"));
        assertEquals(false, read.json().get("twoStepVerification"));

        BearerClient.Answer lines = api().put(path, adminToken(), "ja", "{\"lineNumbers\": [\" caf1234567890 \", \"COP12345678\"]}");
        assertEquals(200, lines.status(), lines.body());
        assertEquals(List.of("CAF1234567890", "COP12345678"), lines.json().get("lineNumbers"), "the contract API's own normalisation");
        BearerClient contractApi = new BearerClient(realm);
        BearerClient.Answer seen = contractApi.get(path, contractApi.token(contract.contractor(), DemoRealm.PASSWORD));
        assertEquals(List.of("CAF1234567890", "COP12345678"), seen.json().get("lineNumbers"), seen.body());

        BearerClient.Answer lineOnly = api().put(path, adminToken(), "ja",
                "{\"accessRoute\": \"line-only\", \"lineNumbers\": [\"CAF1234567890\"], \"twoStepVerification\": true}");
        assertEquals(200, lineOnly.status(), lineOnly.body());
        assertEquals("line-only", lineOnly.json().get("accessRoute"));
        assertEquals(List.of("CAF1234567890"), lineOnly.json().get("lineNumbers"));
        assertEquals(true, lineOnly.json().get("twoStepVerification"));
        assertEquals(false, lineOnly.json().get("twoStepVerificationInEffect"), "off while line-only");
        assertEquals(List.of("line-only"), attributes(contract).get("mdrive.access-route"));

        List<AdminEventRepresentation> events = realm.admin().getAdminEvents(List.of("UPDATE"), null, null, null, null,
                path.substring(1), null, null, null, null, null);
        assertEquals(2, events.size(), "one admin event per change");
        assertTrue(events.stream().allMatch(event -> "MDRIVE_CONTRACT".equals(event.getResourceType())));
    }

    @Test
    @DisplayName("R-OPS-8 contract: each invalid value is a 400 in the caller's language (ja, en) and the contract is unchanged")
    void contractInvalidValues() {
        Map<String, String> refusals = Map.of(
                "{\"accessRoute\": \"bogus\"}", "mdrive.contract.invalidAccessRoute",
                "{\"lineNumbers\": [\"CAF1234567890\", \"123\"]}", "mdrive.contract.invalidLineNumber",
                "{\"accessRoute\": \"line-only\", \"lineNumbers\": []}", "mdrive.contract.lineOnlyWithoutLines",
                "{\"twoStepVerification\": \"true\"}", "mdrive.api.fieldType.boolean",
                "{\"lineNumbers\": \"CAF1234567890\"}", "mdrive.api.fieldType.stringList",
                "{\"plan\": \"basic\"}", "mdrive.api.unknownField",
                "[]", "mdrive.api.invalidBody",
                "", "mdrive.api.invalidBody");
        assertRefusedAndUnchanged("ops8-invalid", Map.of("mdrive.line-numbers", "CAF1234567890"), path -> refusals.forEach((body, key) -> {
            BearerClient.Answer ja = api().put(path, adminToken(), "ja", body);
            BearerClient.Answer en = api().put(path, adminToken(), "en", body);
            assertEquals(400, ja.status(), body + " " + ja.body());
            assertEquals(400, en.status(), body + " " + en.body());
            assertEquals(key, ja.json().get("error"), body);
            assertEquals(key, en.json().get("error"), body);
            assertTrue(((String) ja.json().get("message")).codePoints().anyMatch(c -> c >= 0x3000), "Japanese: " + ja.body());
            assertTrue(((String) en.json().get("message")).codePoints().allMatch(c -> c < 0x3000), "English: " + en.body());
            if (key.equals("mdrive.contract.invalidAccessRoute")) {
                assertEquals("アクセス経路「bogus」は正しくありません。line+internet（回線認証＋インターネット）または line-only（回線認証のみ）を指定してください。",
                        ja.json().get("message"));
            }
        }));
    }

    @Test
    @DisplayName("R-OPS-8 R-SEC-10 contract: hostile bodies (huge strings, wrong types, deep nesting, not JSON) are 400, never a 500; the contract is unchanged")
    void contractHostileInput() {
        String huge = "A".repeat(1_000_000);
        List<String> bodies = List.of(
                "{\"accessRoute\": \"" + huge + "\"}",
                "{\"lineNumbers\": [\"" + huge + "\"]}",
                "{\"lineNumbers\": [" + "\"CAF1234567890\",".repeat(5000) + "\"CAF1234567890\"]}",
                "{\"accessRoute\": 1}", "{\"accessRoute\": [\"line-only\"]}", "{\"lineNumbers\": [1, 2]}",
                "{\"twoStepVerification\": 1}", "{\"twoStepVerification\": {}}", "{\"accessRoute\": \"line+internet\", \"accessRoute\": \"line-only\"}",
                "[".repeat(5000) + "]".repeat(5000), "{", "null", "\"line-only\"", "{\"accessRoute\": \"line\\u0000-only\"}");
        assertRefusedAndUnchanged("ops8-hostile", Map.of(), path -> bodies.forEach(body -> {
            BearerClient.Answer answer = api().put(path, adminToken(), "ja", body);
            assertEquals(400, answer.status(), body.substring(0, Math.min(80, body.length())) + " " + answer.body());
            assertTrue(answer.json().get("message") instanceof String, answer.body());
        }));
    }

    @Test
    @DisplayName("R-OPS-8 attack: contracts need Keycloak's organization permissions: view-users only, a plain user, no token, another realm's admin are refused; the contract is unchanged")
    void contractPermissions() {
        String change = "{\"twoStepVerification\": false}";
        String usersViewer = userToken("ops8-users-viewer", "view-users");
        String orgViewer = userToken("ops8-org-viewer", "view-organizations");
        String plainToken = userToken("ops8-plain-c");
        String otherAdmin = AdminApi.token(other, OTHER_ADMIN, DemoRealm.PASSWORD);

        assertRefusedAndUnchanged("ops8-perm", Map.of(), path -> {
            assertEquals(403, api().get(path, usersViewer).status());
            assertEquals(403, api().put(path, usersViewer, "ja", change).status());
            assertEquals(200, api().get(path, orgViewer).status(), "view-organizations reads");
            assertEquals(403, api().put(path, orgViewer, "ja", change).status(), "but does not change");
            assertEquals(403, api().put(path, plainToken, "ja", change).status());
            assertEquals(403, api().get("/mdrive/contracts/no-such-contract", plainToken).status(), "no probing of aliases");
            assertEquals(401, api().put(path, null, "ja", change).status());
            assertRefused(api().put(path, otherAdmin, "ja", change));
        });

        BearerClient.Answer unknown = api().get("/mdrive/contracts/no-such-contract", adminToken());
        assertEquals(404, unknown.status());
        assertEquals("mdrive.api.contractNotFound", unknown.json().get("error"));
    }

    private static void assertRefused(BearerClient.Answer answer) {
        assertTrue(answer.status() == 401 || answer.status() == 403, answer.status() + " " + answer.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> listed(String body, String userId) {
        return list(body).stream().map(entry -> (Map<String, Object>) entry)
                .filter(entry -> userId.equals(entry.get("userId"))).findFirst()
                .orElseThrow(() -> new AssertionError(userId + " is not listed: " + body));
    }

    private static List<?> list(String body) {
        try {
            return JsonSerialization.readValue(body, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A realm of its own with an admin of it, to show that administering one realm is no key to another. */
    public static class OtherRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.users(UserBuilder.create().username(OTHER_ADMIN).email("other-admin@other.example").name("Other", "Admin")
                    .emailVerified(true).password(DemoRealm.PASSWORD).clientRoles("realm-management", "realm-admin"));
        }
    }
}
