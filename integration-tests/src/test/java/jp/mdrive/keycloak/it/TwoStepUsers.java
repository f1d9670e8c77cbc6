package jp.mdrive.keycloak.it;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.keycloak.admin.client.resource.UserResource;
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

    /** Runs a test with some settings of the login flow's 2SV step changed, which the password grant obeys too. */
    static void withSettings(ManagedRealm realm, Map<String, String> changes, Runnable test) {
        StepSettings.with(realm, "mdrive browser forms", "mdrive-two-step-verification", changes, test);
    }

    /** A code of the right shape that is not the one given. */
    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
