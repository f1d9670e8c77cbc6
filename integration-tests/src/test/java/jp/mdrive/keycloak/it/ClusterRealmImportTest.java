package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import jp.mdrive.keycloak.it.cluster.ProductionCluster;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * The production export as the image imports it: {@code kc.sh start --import-realm} on the cluster's
 * first node, with the deployment settings in the nodes' environment ({@link ProductionCluster}).
 */
class ClusterRealmImportTest extends ClusterBase {

    @Test
    @DisplayName("R-OPS-5 the production export imports with --import-realm without a single user or contract; the demo data comes after the start")
    void noDemoDataImported() {
        assertEquals(new ProductionCluster.Imported(0, 0), cluster.imported());

        Set<String> contracts = Organizations.all(realm).stream().map(OrganizationRepresentation::getAlias).collect(Collectors.toSet());
        assertTrue(contracts.containsAll(Set.of(DemoRealm.BASIC_CONTRACT, DemoRealm.TRIAL_CONTRACT)), contracts.toString());
        assertTrue(browser(2).openLoginPage("ja").logIn(DemoRealm.BASIC_USER, DemoRealm.PASSWORD).passedPassword(),
                "the demo data the harness added works as bin/start's");
    }

    @Test
    @DisplayName("R-OPS-5 SMTP settings and identity provider client ids come from the environment of the importing server, defaults where it sets none")
    void deploymentSettingsFromEnvironment() {
        Map<String, String> smtp = realm.admin().toRepresentation().getSmtpServer();
        assertEquals("127.0.0.1", smtp.get("host"));
        assertEquals(Integer.toString(cluster.mailPort()), smtp.get("port"));
        assertEquals("no-reply@m-drive.example", smtp.get("from"), "the default: the environment sets none");
        assertEquals("M-Drive", smtp.get("fromDisplayName"));
        smtp.forEach((key, value) -> assertFalse(value.contains("${"), "smtp " + key + " resolved: " + value));

        List<IdentityProviderRepresentation> idps = realm.admin().identityProviders().findAll();
        assertEquals(ProductionCluster.GOOGLE_CLIENT_ID, idps.stream().filter(idp -> "google".equals(idp.getAlias())).findFirst().orElseThrow()
                .getConfig().get("clientId"));
        idps.forEach(idp -> idp.getConfig().forEach((key, value) ->
                assertFalse(value != null && value.contains("${"), idp.getAlias() + " " + key + " resolved: " + value)));
        idps.stream().filter(idp -> !"google".equals(idp.getAlias()))
                .forEach(idp -> assertEquals("", idp.getConfig().getOrDefault("clientId", ""), idp.getAlias() + ": no client id unless given"));
    }

    @Test
    @DisplayName("R-OPS-5 the realm's mails go to the SMTP server the environment names")
    void mailThroughEnvironmentsServer() throws MessagingException {
        String email = "cluster-import-mail@demo.m-drive.example";
        String id = DemoUsers.create(realm, email, "ja");

        realm.admin().users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD"));

        MimeMessage mail = Mails.awaitTo(cluster.mail(), email, 1).get(0);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("no-reply@m-drive.example", from.getAddress());
        assertEquals("M-Drive", from.getPersonal());
    }
}
