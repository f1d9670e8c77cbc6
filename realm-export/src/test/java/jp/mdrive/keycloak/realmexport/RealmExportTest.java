package jp.mdrive.keycloak.realmexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Consistency of the export and of the demo data beside it; the integration tests import both into a
 * real server. The export is read as written, its environment placeholders unresolved.
 */
class RealmExportTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(MDRIVE_[A-Z_]+):([^}]*)}");

    private static RealmRepresentation realm;
    private static RealmRepresentation demo;

    @BeforeAll
    static void read() throws IOException {
        realm = JsonSerialization.readValue(resource("/mdrive-realm.json"), RealmRepresentation.class);
        demo = JsonSerialization.readValue(resource("/mdrive-demo-data.json"), RealmRepresentation.class);
    }

    private static String resource(String name) throws IOException {
        try (InputStream json = RealmExportTest.class.getResourceAsStream(name)) {
            assertNotNull(json, name + " on the classpath");
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("R-OPS-5 the production export holds no users and no contracts: they are demo data")
    void noDemoDataInProduction() {
        assertNull(realm.getUsers());
        assertNull(realm.getOrganizations());
        assertNull(demo.getRealm(), "the demo data is no realm of its own");
    }

    @Test
    @DisplayName("R-OPS-5 SMTP and the identity providers' client ids and secrets are environment placeholders; secrets have no default")
    void deploymentSettingsFromEnvironment() {
        Map<String, String> smtp = realm.getSmtpServer();
        assertEquals("${MDRIVE_SMTP_HOST:localhost}", smtp.get("host"));
        assertEquals("${MDRIVE_SMTP_PORT:1025}", smtp.get("port"));
        assertEquals("${MDRIVE_SMTP_FROM:no-reply@m-drive.example}", smtp.get("from"));
        assertEquals("${MDRIVE_SMTP_FROM_DISPLAY_NAME:M-Drive}", smtp.get("fromDisplayName"));
        assertEquals("${MDRIVE_SMTP_PASSWORD:}", smtp.get("password"));
        smtp.forEach((key, value) -> assertTrue(PLACEHOLDER.matcher(value).matches(), "smtp " + key));
        realm.getIdentityProviders().forEach(idp -> {
            String variable = "MDRIVE_" + idp.getAlias().toUpperCase(Locale.ROOT).replace('-', '_');
            assertEquals("${" + variable + "_CLIENT_ID:}", idp.getConfig().get("clientId"), idp.getAlias());
            assertEquals("${" + variable + "_CLIENT_SECRET:}", idp.getConfig().get("clientSecret"), idp.getAlias());
        });
    }

    @Test
    @DisplayName("R-OPS-1 realm mdrive: theme, Japanese default with English, organizations on")
    void basics() {
        assertEquals("mdrive", realm.getRealm());
        assertEquals("mdrive", realm.getLoginTheme());
        assertEquals("mdrive", realm.getEmailTheme());
        assertEquals("ja", realm.getDefaultLocale());
        assertEquals(Set.of("ja", "en"), realm.getSupportedLocales());
        assertTrue(realm.isInternationalizationEnabled());
        assertTrue(realm.isOrganizationsEnabled());
        assertTrue(realm.getPasswordPolicy().contains("mdrive-character-classes(3)"));
        assertTrue(realm.getPasswordPolicy().contains("length(8)"));
    }

    @Test
    @DisplayName("R-LOCK-1 our lockout replaces Keycloak's brute-force protection, and its mail listener is on")
    void lockout() {
        assertEquals(false, realm.isBruteForceProtected(), "stock protection refuses parallel attempts unchecked");
        assertTrue(realm.getEventsListeners().contains("mdrive-lockout-mail"));
        assertEquals("1209600", realm.getAttributes().get("actionTokenGeneratedByUserLifespan.reset-credentials"), "14 days");
    }

    @Test
    @DisplayName("R-SEC-7 reset mails are throttled on the reset mail step: one per address per 5 minutes, 5 per day")
    void resetMailThrottle() {
        String configAlias = realm.getAuthenticationFlows().stream()
                .filter(flow -> flow.getAlias().equals(realm.getResetCredentialsFlow()))
                .flatMap(flow -> flow.getAuthenticationExecutions().stream())
                .filter(e -> "mdrive-reset-mail".equals(e.getAuthenticator()))
                .findFirst().orElseThrow().getAuthenticatorConfig();
        assertEquals(Map.of("mdrive.reset.quietPeriodMinutes", "5", "mdrive.reset.mailsPerDay", "5"), realm.getAuthenticatorConfig().stream()
                .filter(c -> c.getAlias().equals(configAlias)).findFirst().orElseThrow().getConfig());
    }

    @Test
    @DisplayName("R-OPS-1 the bound browser, direct-grant and reset flows and every sub-flow they name are in the export")
    void flowsResolve() {
        Map<String, AuthenticationFlowRepresentation> flows = realm.getAuthenticationFlows().stream()
                .collect(Collectors.toMap(AuthenticationFlowRepresentation::getAlias, f -> f));
        assertTrue(flows.containsKey(realm.getBrowserFlow()), "browser flow " + realm.getBrowserFlow());
        assertTrue(flows.containsKey(realm.getDirectGrantFlow()), "direct grant flow " + realm.getDirectGrantFlow());
        assertTrue(flows.containsKey(realm.getResetCredentialsFlow()), "reset flow " + realm.getResetCredentialsFlow());
        flows.values().forEach(flow -> flow.getAuthenticationExecutions().stream()
                .filter(e -> e.isAuthenticatorFlow())
                .forEach(e -> assertTrue(flows.containsKey(e.getFlowAlias()), "sub-flow " + e.getFlowAlias())));
    }

    @Test
    @DisplayName("R-OPS-1 every authenticator ID fits Keycloak's 36-character column, or the import fails on the database")
    void authenticatorIdsFit() {
        realm.getAuthenticationFlows().forEach(flow -> flow.getAuthenticationExecutions().stream()
                .filter(e -> e.getAuthenticator() != null)
                .forEach(e -> assertTrue(e.getAuthenticator().length() <= 36, e.getAuthenticator())));
    }

    @Test
    @DisplayName("R-2SV-1 R-2SV-8 2SV follows the password in the browser and the password grant; the admin reset is offered")
    void twoStepVerification() {
        Map<String, AuthenticationFlowRepresentation> flows = realm.getAuthenticationFlows().stream()
                .collect(Collectors.toMap(AuthenticationFlowRepresentation::getAlias, f -> f));
        assertTrue(flows.get("mdrive browser forms").getAuthenticationExecutions().stream()
                .anyMatch(e -> "mdrive-two-step-verification".equals(e.getAuthenticator()) && "REQUIRED".equals(e.getRequirement())));
        assertTrue(flows.get(realm.getDirectGrantFlow()).getAuthenticationExecutions().stream()
                .anyMatch(e -> "mdrive-direct-grant-2sv".equals(e.getAuthenticator()) && "REQUIRED".equals(e.getRequirement())));
        assertTrue(realm.getRequiredActions().stream()
                .anyMatch(a -> "mdrive-reset-two-step-verification".equals(a.getAlias()) && a.isEnabled()));
        assertEquals(false, realm.isOtpPolicyCodeReusable(), "an app code works once");
    }

    @Test
    @DisplayName("R-LINE-4 the route check ends the browser sign-in, runs after every IdP login and on the password grant; the settings menu stays open")
    void routeCheckEverywhere() {
        Map<String, AuthenticationFlowRepresentation> flows = realm.getAuthenticationFlows().stream()
                .collect(Collectors.toMap(AuthenticationFlowRepresentation::getAlias, f -> f));
        assertTrue(flows.get(realm.getBrowserFlow()).getAuthenticationExecutions().stream()
                .anyMatch(e -> "mdrive-route-check".equals(e.getAuthenticator()) && "REQUIRED".equals(e.getRequirement())));
        assertTrue(flows.get(realm.getDirectGrantFlow()).getAuthenticationExecutions().stream()
                .anyMatch(e -> "mdrive-direct-grant-route".equals(e.getAuthenticator())));
        realm.getIdentityProviders().forEach(idp -> assertEquals("mdrive post broker login", idp.getPostBrokerLoginFlowAlias(), idp.getAlias()));
        assertTrue(flows.get("mdrive post broker login").getAuthenticationExecutions().stream()
                .anyMatch(e -> "mdrive-route-check".equals(e.getAuthenticator())));
        assertTrue(realm.getClients().stream().anyMatch(c -> "mdrive-settings".equals(c.getClientId())));
    }

    @Test
    @DisplayName("R-LOGIN-5 R-SEC-3 R-PLAN-1 after every provider sign-in: method, route and trial checks, then the login setup's completion, then the settings menu")
    void postBrokerSteps() {
        AuthenticationFlowRepresentation postBroker = realm.getAuthenticationFlows().stream()
                .filter(flow -> "mdrive post broker login".equals(flow.getAlias())).findFirst().orElseThrow();
        assertEquals(List.of("mdrive-login-method-check", "mdrive-route-check", "mdrive-trial-end-check", "mdrive-provider-link-completion",
                        "mdrive-settings-menu"),
                postBroker.getAuthenticationExecutions().stream()
                        .sorted(Comparator.comparingInt(AuthenticationExecutionExportRepresentation::getPriority))
                        .map(AuthenticationExecutionExportRepresentation::getAuthenticator).toList());
    }

    @Test
    @DisplayName("R-SEC-2 R-SEC-3 the API's client carries its audience; the settings client has no way to a token but its menu")
    void clients() {
        Map<String, ClientRepresentation> clients = realm.getClients().stream()
                .collect(Collectors.toMap(ClientRepresentation::getClientId, c -> c));
        ClientRepresentation settings = clients.get("mdrive-settings");
        assertEquals(List.of("/realms/mdrive/mdrive/settings/top"), settings.getRedirectUris());
        assertFalse(settings.isDirectAccessGrantsEnabled() || settings.isImplicitFlowEnabled() || Boolean.TRUE.equals(settings.isServiceAccountsEnabled()));
        assertTrue(clients.get("mdrive-api").getProtocolMappers().stream().anyMatch(m -> "oidc-audience-mapper".equals(m.getProtocolMapper())
                && "mdrive-api".equals(m.getConfig().get("included.client.audience"))));
        // the database keeps 255 characters of a client's description; a longer one fails the import
        clients.values().forEach(c -> assertTrue(c.getDescription() == null || c.getDescription().length() <= 255, c.getClientId()));
    }

    @Test
    @DisplayName("R-LOGIN-2 R-LOGIN-5 first IdP sign-ins link to registered users only; the login method is checked after the password, the password grant and every IdP sign-in")
    void loginMethods() {
        Map<String, AuthenticationFlowRepresentation> flows = realm.getAuthenticationFlows().stream()
                .collect(Collectors.toMap(AuthenticationFlowRepresentation::getAlias, f -> f));
        assertEquals("mdrive first broker login", realm.getFirstBrokerLoginFlow());
        realm.getIdentityProviders().forEach(idp -> assertEquals("mdrive first broker login", idp.getFirstBrokerLoginFlowAlias(), idp.getAlias()));
        assertEquals(List.of("mdrive-link-invited-user"), flows.get("mdrive first broker login").getAuthenticationExecutions().stream()
                .map(e -> e.getAuthenticator()).toList(), "never creates users");
        for (String[] flowAndStep : new String[][] {{"mdrive browser forms", "mdrive-login-method-check"},
                {"mdrive post broker login", "mdrive-login-method-check"}, {realm.getDirectGrantFlow(), "mdrive-direct-grant-method"}}) {
            assertTrue(flows.get(flowAndStep[0]).getAuthenticationExecutions().stream().anyMatch(e -> flowAndStep[1].equals(e.getAuthenticator())),
                    flowAndStep[0]);
        }
    }

    @Test
    @DisplayName("R-LOGIN-2 Google, Facebook, Microsoft and d-account are present, disabled until configured")
    void identityProviders() {
        Map<String, IdentityProviderRepresentation> idps = realm.getIdentityProviders().stream()
                .collect(Collectors.toMap(IdentityProviderRepresentation::getAlias, i -> i));
        assertEquals(Set.of("google", "facebook", "microsoft", "d-account"), idps.keySet());
        idps.values().forEach(idp -> assertEquals(false, idp.isEnabled(), idp.getAlias()));
        assertEquals("oidc", idps.get("d-account").getProviderId());
    }

    @Test
    @DisplayName("Demo contracts: a basic one with contractor, admin and user, and a trial; roles point at members")
    void demoContracts() {
        Map<String, String> usernameById = demo.getUsers().stream()
                .collect(Collectors.toMap(UserRepresentation::getId, UserRepresentation::getUsername));
        Map<String, OrganizationRepresentation> contracts = demo.getOrganizations().stream()
                .collect(Collectors.toMap(OrganizationRepresentation::getAlias, o -> o));
        assertEquals(Set.of("demo-basic", "demo-trial"), contracts.keySet());
        assertEquals(List.of("basic"), contracts.get("demo-basic").getAttributes().get("mdrive.plan"));
        assertEquals(List.of("trial"), contracts.get("demo-trial").getAttributes().get("mdrive.plan"));

        contracts.values().forEach(contract -> {
            Set<String> members = contract.getMembers().stream().map(MemberRepresentation::getUsername).collect(Collectors.toSet());
            List<String> roleHolders = new ArrayList<>(contract.getAttributes().get("mdrive.contractor"));
            roleHolders.addAll(contract.getAttributes().getOrDefault("mdrive.admins", List.of()));
            roleHolders.forEach(id -> assertTrue(members.contains(usernameById.get(id)), contract.getAlias() + " member " + id));
            assertTrue(usernameById.values().containsAll(members), contract.getAlias() + " members exist");
        });
        assertEquals(3, contracts.get("demo-basic").getMembers().size());
    }
}
