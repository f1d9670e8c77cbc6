package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** R-OPS-1: the realm export imports into a stock server that has only our jar added. */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class RealmImportTest extends DemoRealmBase {

    @Test
    @DisplayName("R-OPS-1 realm mdrive imports with its theme, languages, policy and the M-Drive browser flow bound")
    void realmSettings() {
        RealmRepresentation imported = realm.admin().toRepresentation();

        assertEquals("mdrive", imported.getLoginTheme());
        assertEquals("mdrive", imported.getEmailTheme());
        assertEquals("ja", imported.getDefaultLocale());
        assertEquals(Set.of("ja", "en"), imported.getSupportedLocales());
        assertEquals("mdrive browser", imported.getBrowserFlow());
        assertTrue(imported.isOrganizationsEnabled());
        assertTrue(imported.getPasswordPolicy().contains("mdrive-character-classes(3)"), imported.getPasswordPolicy());
    }

    @Test
    @DisplayName("R-OPS-1 demo contracts import as organizations with their members")
    void demoContracts() {
        assertEquals(Set.of(DemoRealm.BASIC_CONTRACT, DemoRealm.TRIAL_CONTRACT),
                Organizations.all(realm).stream().map(OrganizationRepresentation::getAlias).collect(Collectors.toSet()));

        Set<String> members = Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT).members().list(0, 100).stream()
                .map(MemberRepresentation::getUsername).collect(Collectors.toSet());
        assertEquals(Set.of(DemoRealm.BASIC_CONTRACTOR, DemoRealm.BASIC_ADMIN, DemoRealm.BASIC_USER), members);
    }

    @Test
    @DisplayName("R-LOGIN-2 the four identity providers import disabled, with placeholder secrets, until an operator configures them")
    void identityProviders() {
        realm.admin().identityProviders().findAll().forEach(idp -> assertEquals(false, idp.isEnabled(), idp.getAlias()));
        assertEquals(Set.of("google", "facebook", "microsoft", "d-account"), realm.admin().identityProviders().findAll()
                .stream().map(idp -> idp.getAlias()).collect(Collectors.toSet()));
    }
}
