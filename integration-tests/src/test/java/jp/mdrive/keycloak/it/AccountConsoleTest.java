package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Keycloak's account console is where the README lands and where the settings menu's トップ画面へ
 * leads; it must not be a second door to what M-Drive governs: the second factor (registered and
 * dropped only through the 2SV step with its recovery code), the login method (one per user) and the
 * address (changed only through its mail link). Users keep {@code view-profile} and lose
 * {@code manage-account}; the required actions behind its buttons ({@code CONFIGURE_TOTP},
 * {@code delete_credential}, {@code idp_link}) are off; user name and address are the admins' to edit.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class AccountConsoleTest extends DemoRealmBase {

    @Test
    @DisplayName("R-2SV-1 R-2SV-8 the account console registers no second factor and removes none, through its API or its actions")
    void noSecondFactorDoor() {
        String email = TwoStepUsers.member(realm, "console-2sv");
        SecondStep signIn = SecondStep.newBrowser(realm).logIn(email, "ja");
        signIn.enrolByApp();
        BearerClient api = new BearerClient(realm);
        String token = api.exchange(signIn.browser, signIn.page.code());
        UserResource user = TwoStepUsers.user(realm, email);
        Set<String> before = credentialIds(user);
        String otp = user.credentials().stream().filter(c -> "otp".equals(c.getType())).findFirst().orElseThrow().getId();

        BearerClient.Answer listed = api.get("/account/credentials", token);
        assertFalse(listed.status() == 200 && listed.body().contains("\"createAction\":\"CONFIGURE_TOTP\""), listed.body());
        BearerClient.Answer removed = api.send("DELETE", "/account/credentials/" + otp, token, null, null);
        assertTrue(removed.status() >= 400, "removal through the account API: " + removed.status());

        BrowserFlowClient.Page setup = signIn.browser.follow(signIn.browser.authorize("ja", "&kc_action=CONFIGURE_TOTP"));
        assertFalse(setup.has("kc-totp-settings-form"), "Keycloak's own authenticator setup is not offered");
        BrowserFlowClient.Page delete = signIn.browser.follow(signIn.browser.authorize("ja", "&kc_action=delete_credential:" + otp));
        assertFalse(delete.has("kc-delete-credential-form") || delete.says("delete-credential"), delete.body());

        assertEquals(before, credentialIds(user), "the registration is what the 2SV step made");
    }

    @Test
    @DisplayName("R-LOGIN-5 R-ID-3 the account console links no provider, unlinks none and changes no address")
    void noMethodOrAddressDoor() {
        String email = Organizations.withoutTwoStep(realm, "console-id").contractor();
        BrowserFlowClient console = new BrowserFlowClient(realm);
        BrowserFlowClient.Page signedIn = console.openLoginPage("ja").logIn(email, DemoRealm.PASSWORD);
        BearerClient api = new BearerClient(realm);
        String token = api.exchange(console, signedIn.code());
        String attacker = "console-attacker-" + System.nanoTime() + "@evil.example";

        BearerClient.Answer updated = api.post("/account", token,
                "{\"username\":\"" + attacker + "\",\"email\":\"" + attacker + "\",\"firstName\":\"太郎\",\"lastName\":\"山田\"}");
        assertTrue(updated.status() >= 400, "profile update through the account API: " + updated.status());
        assertTrue(api.send("DELETE", "/account/linked-accounts/google", token, null, null).status() >= 400);

        BrowserFlowClient.Page profile = console.follow(console.authorize("ja", "&kc_action=UPDATE_PROFILE"));
        if (profile.has("kc-update-profile-form")) {
            console.follow(console.post(profile.formAction("kc-update-profile-form"), Map.of("username", attacker, "email", attacker,
                    "firstName", "太郎", "lastName", "山田")));
        }

        var representation = TwoStepUsers.user(realm, email).toRepresentation();
        assertEquals(email, representation.getEmail(), "the address changes only through its mail link");
        assertEquals(email, representation.getUsername());
        assertTrue(TwoStepUsers.user(realm, email).getFederatedIdentity().isEmpty());
    }

    private static Set<String> credentialIds(UserResource user) {
        return user.credentials().stream().map(CredentialRepresentation::getId).collect(Collectors.toSet());
    }
}
