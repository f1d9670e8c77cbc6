package jp.mdrive.keycloak.it;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Users, phone numbers and settings of the 2-step verification tests: every test has a user and a
 * number of its own, so daily caps and messages never mix across tests.
 */
final class TwoStepUsers {

    /** A member enrolled by SMS, signing in again on a new browser: on the code page, the code sent. */
    record Asked(String email, String[] phone, SecondStep browser, String code) {
    }

    /** The types of the credentials a 2SV enrolment stores. */
    static final String PHONE_CREDENTIAL = "mdrive-sms-phone";
    static final String APP_CREDENTIAL = "otp";
    static final String RECOVERY_CREDENTIAL = "mdrive-recovery-code";

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private TwoStepUsers() {
    }

    /** A fresh password user of the demo basic contract (2SV on, line+internet). */
    static String member(ManagedRealm realm, String name) {
        String email = name + "-" + System.nanoTime() + "@demo.m-drive.example";
        String id = DemoUsers.create(realm, email, "ja");
        Organizations.join(Organizations.byAlias(realm, DemoRealm.BASIC_CONTRACT), id);
        return email;
    }

    /** A mobile number of its own: as typed, and in E.164. */
    static String[] phone() {
        // 090 numbers go on with 1-9: 1 and seven digits of our own
        String subscriber = String.format("1%07d", (System.nanoTime() / 1000 + NUMBERS.getAndIncrement()) % 10_000_000);
        return new String[] {"090-" + subscriber.substring(0, 4) + "-" + subscriber.substring(4), "+8190" + subscriber};
    }

    static Asked enrolledAndAsked(ManagedRealm realm, FakeSns sns, String name) {
        String email = member(realm, name);
        String[] phone = phone();
        SecondStep.newBrowser(realm).logIn(email, "ja").enrolBySms(sns, phone[0], phone[1], false);
        SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
        return new Asked(email, phone, browser, sns.awaitCode(phone[1], 1));
    }

    static UserResource user(ManagedRealm realm, String email) {
        return realm.admin().users().get(realm.admin().users().searchByEmail(email, true).get(0).getId());
    }

    /** The user's credentials by type, as the admin console lists them. */
    static Map<String, CredentialRepresentation> credentials(ManagedRealm realm, String email) {
        return user(realm, email).credentials().stream()
                .collect(Collectors.toMap(CredentialRepresentation::getType, c -> c, (a, b) -> a));
    }

    /** Runs a test with some of the 2SV step's settings changed, and puts them back whatever happens. */
    static void withSettings(ManagedRealm realm, Map<String, String> changes, Runnable test) {
        withSettings(realm, "mdrive browser forms", "mdrive-two-step-verification", changes, test);
    }

    /**
     * Runs a test with some settings of a flow step changed, as an operator edits them in the admin
     * console, and puts them back whatever happens; a step without settings gets them for the test.
     */
    static void withSettings(ManagedRealm realm, String flow, String step, Map<String, String> changes, Runnable test) {
        AuthenticationManagementResource flows = realm.admin().flows();
        AuthenticationExecutionInfoRepresentation execution = flows.getExecutions(flow).stream()
                .filter(e -> step.equals(e.getProviderId())).findFirst().orElseThrow();
        if (execution.getAuthenticationConfig() == null) {
            AuthenticatorConfigRepresentation settings = new AuthenticatorConfigRepresentation();
            settings.setAlias("test " + step);
            settings.setConfig(new HashMap<>(changes));
            try (Response created = flows.newExecutionConfig(execution.getId(), settings)) {
                String id = created.getLocation().getPath().replaceAll(".*/", "");
                try {
                    test.run();
                } finally {
                    flows.removeAuthenticatorConfig(id);
                }
            }
            return;
        }
        AuthenticatorConfigRepresentation settings = flows.getAuthenticatorConfig(execution.getAuthenticationConfig());
        Map<String, String> original = Map.copyOf(settings.getConfig());
        settings.getConfig().putAll(changes);
        flows.updateAuthenticatorConfig(settings.getId(), settings);
        try {
            test.run();
        } finally {
            settings.setConfig(new HashMap<>(original));
            flows.updateAuthenticatorConfig(settings.getId(), settings);
        }
    }

    /** A code of the right shape that is not the one given. */
    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
