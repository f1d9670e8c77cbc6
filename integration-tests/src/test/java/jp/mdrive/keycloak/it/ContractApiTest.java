package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectUser;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.util.JsonSerialization;
import org.keycloak.testframework.realm.ManagedUser;
import org.keycloak.testframework.realm.UserBuilder;
import org.keycloak.testframework.realm.UserConfig;

/**
 * The contract model read through our REST API on the real server: the realm export's attributes
 * come back typed, and only the contract's contractor and admins (or a realm user admin) see them.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ContractApiTest extends DemoRealmBase {

    private static final String REALM_ADMIN = "realm-admin@m-drive.example";

    @InjectUser(config = RealmUserAdmin.class)
    ManagedUser realmAdmin;

    private BearerClient client() {
        return new BearerClient(realm);
    }

    private BearerClient.Answer getContract(String alias, String username) {
        BearerClient client = client();
        return client.get("/mdrive/contracts/" + alias, client.token(username, DemoRealm.PASSWORD));
    }

    @Test
    @DisplayName("Contract model: the basic demo contract reads back typed for its contractor")
    void contractorReadsOwnContract() {
        BearerClient.Answer answer = getContract(DemoRealm.BASIC_CONTRACT, DemoRealm.BASIC_CONTRACTOR);

        assertEquals(200, answer.status(), answer.body());
        Map<String, Object> contract = answer.json();
        assertEquals("demo-basic", contract.get("alias"));
        assertEquals("basic", contract.get("plan"));
        assertEquals("line+internet", contract.get("accessRoute"));
        assertEquals(true, contract.get("twoStepVerification"));
        assertEquals(List.of("CAF1234567890", "COP12345678"), contract.get("lineNumbers"));
        assertEquals(DemoRealm.BASIC_CONTRACTOR_ID, contract.get("contractorId"));
        assertEquals(List.of(DemoRealm.BASIC_ADMIN_ID), contract.get("adminIds"));
    }

    @Test
    @DisplayName("R-PLAN-1 Contract model: a trial derives its end 30 days after its start")
    void trialContract() {
        Organizations.OwnContract trial = Organizations.runningTrial(realm, "trial-dates");
        BearerClient.Answer answer = getContract(trial.alias(), trial.contractor());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("trial", answer.json().get("plan"));
        assertEquals(today.toString(), answer.json().get("trialStartedOn"));
        assertEquals(today.plusDays(30).toString(), answer.json().get("trialEndsOn"));
    }

    @Test
    @DisplayName("Contract model: a contract admin may read, a plain user of the same contract may not")
    void adminYesUserNo() {
        assertEquals(200, getContract(DemoRealm.BASIC_CONTRACT, DemoRealm.BASIC_ADMIN).status());

        BearerClient.Answer refused = getContract(DemoRealm.BASIC_CONTRACT, DemoRealm.BASIC_USER);
        assertEquals(403, refused.status());
        assertTrue(refused.contentType().startsWith("application/json"), refused.contentType());
        assertEquals(Map.of("error", "mdrive.api.forbidden", "message", "この契約を管理する権限がありません。"), refused.json());
    }

    @Test
    @DisplayName("Contract model: another contract's contractor is refused in its own language, as for an unknown alias")
    void otherContractRefused() {
        Organizations.OwnContract other = Organizations.withoutTwoStep(realm, "other-en");
        var contractor = realm.admin().users().get(other.contractorId());
        var english = contractor.toRepresentation();
        english.singleAttribute("locale", "en");
        contractor.update(english);
        BearerClient.Answer refused = getContract(DemoRealm.BASIC_CONTRACT, other.contractor());
        assertEquals(403, refused.status());
        assertEquals("You are not allowed to manage this contract.", refused.json().get("message"));

        BearerClient.Answer unknown = getContract("no-such-contract", other.contractor());
        assertEquals(403, unknown.status());
        assertEquals(refused.json(), unknown.json());
    }

    @Test
    @DisplayName("Contract model: a realm user admin reads any contract and learns when one does not exist")
    void realmAdmin() {
        grantManageUsers(realmAdmin);
        assertEquals(200, getContract(DemoRealm.BASIC_CONTRACT, REALM_ADMIN).status());
        assertEquals(200, getContract(DemoRealm.TRIAL_CONTRACT, REALM_ADMIN).status());

        BearerClient.Answer unknown = getContract("no-such-contract", REALM_ADMIN);
        assertEquals(404, unknown.status());
        assertEquals("mdrive.api.contractNotFound", unknown.json().get("error"));
    }

    @Test
    @DisplayName("プラン変更: a trial contractor moves to basic until 15 days after the trial ended, once; nobody else may")
    void planChange() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        // tokens are taken while the trial runs: after it, the contractor signs in to the settings menu only (R-PLAN-1)
        Organizations.OwnContract inTime = Organizations.withContractor(realm, "plan-in-time",
                Map.of("mdrive.plan", "trial", "mdrive.trial.started-on", today.toString()));
        BearerClient api = client();
        String token = api.token(inTime.contractor(), DemoRealm.PASSWORD);
        Organizations.set(inTime.resource(), "mdrive.trial.started-on", today.minusDays(44).toString());
        String path = "/mdrive/contracts/" + inTime.alias() + "/plan";

        assertEquals(403, api.put(path, api.token(DemoRealm.BASIC_CONTRACTOR, DemoRealm.PASSWORD), "{\"plan\": \"basic\"}").status(),
                "another contract's contractor");
        assertEquals("mdrive.contract.onlyToBasic", api.put(path, token, "{\"plan\": \"trial\"}").json().get("error"));
        BearerClient.Answer changed = api.put(path, token, "{\"plan\": \"basic\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("basic", changed.json().get("plan"));
        assertEquals("mdrive.contract.alreadyBasic", api.put(path, token, "{\"plan\": \"basic\"}").json().get("error"));

        Organizations.OwnContract late = Organizations.withContractor(realm, "plan-late",
                Map.of("mdrive.plan", "trial", "mdrive.trial.started-on", today.toString()));
        String lateToken = api.token(late.contractor(), DemoRealm.PASSWORD);
        Organizations.set(late.resource(), "mdrive.trial.started-on", today.minusDays(45).toString());
        BearerClient.Answer tooLate = api.put("/mdrive/contracts/" + late.alias() + "/plan", lateToken, "{\"plan\": \"basic\"}");
        assertEquals(400, tooLate.status());
        assertEquals("mdrive.contract.planChangeTooLate", tooLate.json().get("error"));
        assertTrue(((String) tooLate.json().get("message")).contains(today.minusDays(1).toString()), tooLate.body());
    }

    @Test
    @DisplayName("解約: a basic contract is cancelled once confirmed and its members can no longer sign in; a trial cannot be cancelled")
    void cancellation() {
        Organizations.OwnContract basic = Organizations.withContractor(realm, "cancel", Map.of());
        String member = "member-" + basic.alias() + "@demo.m-drive.example";
        Organizations.join(basic.resource(), DemoUsers.create(realm, member, "ja"));
        BearerClient api = client();
        String token = api.token(basic.contractor(), DemoRealm.PASSWORD);
        String path = "/mdrive/contracts/" + basic.alias() + "/cancellation";

        assertEquals("mdrive.contract.cancellationNotConfirmed", api.post(path, token, "{}").json().get("error"));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(member, DemoRealm.PASSWORD).passedPassword(), "before");
        BearerClient.Answer cancelled = api.post(path, token, "{\"confirmed\": true}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals(LocalDate.now(ZoneId.of("Asia/Tokyo")).toString(), cancelled.json().get("cancelledOn"));
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(member, DemoRealm.PASSWORD).passedPassword(), "members disabled");
        assertFalse(realm.admin().users().searchByEmail(basic.contractor(), true).get(0).isEnabled(), "the contractor too");

        Organizations.OwnContract trial = Organizations.withContractor(realm, "cancel-trial",
                Map.of("mdrive.plan", "trial", "mdrive.trial.started-on", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString()));
        BearerClient.Answer refused = api.post("/mdrive/contracts/" + trial.alias() + "/cancellation",
                api.token(trial.contractor(), DemoRealm.PASSWORD), "{\"confirmed\": true}");
        assertEquals(400, refused.status());
        assertEquals("mdrive.contract.trialCannotCancel", refused.json().get("error"));
    }

    @Test
    @DisplayName("R-LOGIN-5 the contract's admins see its members with role and login method; plain users may not")
    @SuppressWarnings("unchecked")
    void members() {
        BearerClient api = client();
        BearerClient.Answer answer = api.get("/mdrive/contracts/" + DemoRealm.BASIC_CONTRACT + "/members",
                api.token(DemoRealm.BASIC_ADMIN, DemoRealm.PASSWORD));
        assertEquals(200, answer.status(), answer.body());
        List<Map<String, Object>> members;
        try {
            members = JsonSerialization.readValue(answer.body(), List.class);
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
        Map<String, String> roles = new TreeMap<>();
        members.forEach(m -> roles.put((String) m.get("email"), m.get("role") + " " + m.get("loginMethod")));
        assertEquals("contractor password", roles.get(DemoRealm.BASIC_CONTRACTOR));
        assertEquals("admin password", roles.get(DemoRealm.BASIC_ADMIN));
        assertEquals("user password", roles.get(DemoRealm.BASIC_USER));
        assertEquals("authenticator", members.stream().filter(m -> DemoRealm.BASIC_ADMIN.equals(m.get("email"))).findFirst()
                .orElseThrow().get("twoStepVerification"), "the admin enrolled an app to get this token");

        assertEquals(403, api.get("/mdrive/contracts/" + DemoRealm.BASIC_CONTRACT + "/members",
                api.token(DemoRealm.BASIC_USER, DemoRealm.PASSWORD)).status());
    }

    @Test
    @DisplayName("Contract API: the OpenAPI description is served without a token")
    void openApiServed() {
        BearerClient.Answer document = client().get("/mdrive/openapi.yaml", null);
        assertEquals(200, document.status());
        assertTrue(document.body().startsWith("openapi: 3"), document.body());
        assertTrue(document.body().contains("/contracts/{alias}/access-route:"));
    }

    @Test
    @DisplayName("Contract model: no token, no answer")
    void anonymousRefused() {
        BearerClient.Answer refused = client().get("/mdrive/contracts/" + DemoRealm.BASIC_CONTRACT, null);
        assertEquals(401, refused.status());
        assertEquals("mdrive.api.unauthorized", refused.json().get("error"));
    }

    @Test
    @DisplayName("Contract model: a value stored by hand that breaks a rule is reported with the rule, not a 500")
    void invalidStoredValueReported() {
        OrganizationResource resource = Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT);
        OrganizationRepresentation organization = resource.toRepresentation();
        List<String> route = organization.getAttributes().get("mdrive.access-route");
        organization.getAttributes().put("mdrive.access-route", List.of("satellite"));
        resource.update(organization).close();
        try {
            // an unreadable route refuses the contract's own members at sign-in; the operator sees why
            grantManageUsers(realmAdmin);
            BearerClient.Answer answer = getContract(DemoRealm.BASIC_CONTRACT, REALM_ADMIN);
            assertEquals(409, answer.status(), answer.body());
            assertEquals("mdrive.contract.invalidAccessRoute", answer.json().get("error"));
            assertTrue(((String) answer.json().get("message")).contains("satellite"), answer.body());
        } finally {
            organization.getAttributes().put("mdrive.access-route", route);
            resource.update(organization).close();
        }
    }

    public static class RealmUserAdmin implements UserConfig {
        @Override
        public UserBuilder configure(UserBuilder user) {
            return user.username(REALM_ADMIN).email(REALM_ADMIN).name("Realm", "Admin").emailVerified(true)
                    .password(DemoRealm.PASSWORD);
        }
    }

    /** The test framework creates users without client roles; grant the realm-management one afterwards. */
    private void grantManageUsers(ManagedUser user) {
        ClientRepresentation realmManagement = realm.admin().clients().findByClientId("realm-management").get(0);
        RoleRepresentation manageUsers = realm.admin().clients().get(realmManagement.getId()).roles().get("manage-users").toRepresentation();
        user.admin().roles().clientLevel(realmManagement.getId()).add(List.of(manageUsers));
    }
}
