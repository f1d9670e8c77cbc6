package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Contracts, invitations, the login-setup pages (manual 1.5, 2) and the provider sign-ins they start,
 * as the HTTP-level tests drive them; the provider is another realm of the test server.
 */
final class SetupPages {

    /** A contract of its own, 2SV off unless its settings say otherwise, with its contractor's token. */
    record Own(Organizations.OwnContract contract, String token) {
        String path() {
            return "/mdrive/contracts/" + contract.alias();
        }
    }

    private final ManagedRealm realm;
    private final ManagedRealm idp;

    SetupPages(ManagedRealm realm, ManagedRealm idp) {
        this.realm = realm;
        this.idp = idp;
    }

    Own ownContract(String name, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.putIfAbsent("mdrive.two-step-verification", "false");
        Organizations.OwnContract contract = Organizations.withContractor(realm, name, all);
        return new Own(contract, new BearerClient(realm).token(contract.contractor(), DemoRealm.PASSWORD));
    }

    BearerClient.Answer invite(Own own, String email) {
        return new BearerClient(realm).post(own.path() + "/invitations", own.token(),
                "{\"email\":\"" + email + "\",\"lastName\":\"招待\",\"firstName\":\"花子\"}");
    }

    String invitedId(Own own, String email) {
        BearerClient.Answer answer = invite(own, email);
        assertEquals(201, answer.status(), answer.body());
        return (String) answer.json().get("id");
    }

    String loginMethod(String id) {
        Map<String, List<String>> attributes = realm.admin().users().get(id).toRepresentation().getAttributes();
        List<String> method = attributes == null ? null : attributes.get("mdrive.login-method");
        return method == null ? null : method.get(0);
    }

    static BrowserFlowClient.Page open(BrowserFlowClient browser, String link) {
        return browser.follow(browser.get(link));
    }

    static BrowserFlowClient.Page submit(BrowserFlowClient browser, BrowserFlowClient.Page page, String form, Map<String, String> fields) {
        return browser.follow(browser.post(page.formAction(form), fields));
    }

    /** The provider realm's account of that address, made on first use. */
    void providerAccount(String email) {
        if (idp.admin().users().searchByEmail(email, true).isEmpty()) {
            DemoUsers.create(idp, email, "ja");
        }
    }

    /** On the provider's login page the setup pages sent the browser to: signs in as that account and comes back. */
    BrowserFlowClient.Page signInAtProvider(BrowserFlowClient browser, BrowserFlowClient.Page providerLogin, String email) {
        providerAccount(email);
        assertTrue(providerLogin.has("kc-form-login"), providerLogin.status() + " " + providerLogin.body());
        return browser.follow(browser.post(providerLogin.formAction("kc-form-login"),
                Map.of("username", email, "password", DemoRealm.PASSWORD, "credentialId", "")));
    }
}
