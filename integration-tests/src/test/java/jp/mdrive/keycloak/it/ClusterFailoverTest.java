package jp.mdrive.keycloak.it;

import static jp.mdrive.keycloak.it.TwoStepUsers.member;
import static jp.mdrive.keycloak.it.TwoStepUsers.phone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-OPS-3: the two production nodes through a node lost mid-sign-in and a restart of both. */
class ClusterFailoverTest extends ClusterBase {

    @Test
    @DisplayName("R-OPS-3 node 1 killed after it sent the SMS code of an enrolment: the same browser finishes on node 2 with that code")
    void nodeKilledMidEnrolment() {
        String email = member(realm, "cluster-kill");
        String[] phone = phone();
        SecondStep browser = secondStep(1).logIn(email, "ja");
        int before = SNS.publishedTo(phone[1]).size();
        browser.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
        String code = SNS.awaitCode(phone[1], before);

        cluster.node(1).kill();
        try {
            move(browser.browser, 2);
            browser.submit(SecondStep.CODE, Map.of("code", code));
            assertTrue(browser.on(SecondStep.RECOVERY_CODE), "node 2 took the code node 1 sent");
            browser.submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on"));
            browser.submit(SecondStep.DONE, Map.of());
            assertTrue(browser.page.loggedIn());
            assertTrue(secondStep(2).logIn(email, "ja").on(SecondStep.CODE), "the enrolment was stored: node 2 asks for a code");
        } finally {
            Duration restart = cluster.node(1).start();
            System.out.printf("Node 1 back after SIGKILL in %ds%n", restart.toSeconds());
        }
        assertTrue(secondStep(1).logIn(email, "ja").on(SecondStep.CODE), "node 1 back in the cluster sees the enrolment");
    }

    @Test
    @DisplayName("R-OPS-3 both nodes stopped and started again: locks, wrong-password counts, SMS caps, enrolments, contracts and mailed links are kept")
    void restartOfBoth() {
        String locked = "cluster-restart-locked@demo.m-drive.example";
        String pendingLink = lockOn(1, locked);

        String spent = "cluster-restart-spent@demo.m-drive.example";
        String spentLink = lockOn(2, spent);
        assertTrue(browser(1).get(spentLink).says("アカウントロックを解除しました。"));
        failTimes(1, spent, 10);

        String counted = "cluster-restart-counted@demo.m-drive.example";
        DemoUsers.create(realm, counted, "ja");
        failTimes(2, counted, 5);

        String enrolled = member(realm, "cluster-restart-enrolled");
        String[] phone = phone();
        secondStep(1).logIn(enrolled, "ja").enrolBySms(SNS, phone[0], phone[1], false);

        Organizations.OwnContract contract = Organizations.withContractor(realm, "cluster-restart", Map.of("mdrive.two-step-verification", "false"));

        StepSettings.with(realm, "mdrive browser forms", "mdrive-two-step-verification", Map.of("mdrive.2sv.sms-per-number-per-day", "2"), () -> {
            assertTrue(secondStep(2).logIn(enrolled, "ja").on(SecondStep.CODE), "the second SMS of the day");
            assertEquals(2, SNS.publishedTo(phone[1]).size());

            System.out.printf("Both nodes restarted in %ds%n", cluster.restartBoth().toSeconds());

            SecondStep capped = secondStep(1).logIn(member(realm, "cluster-restart-capped"), "ja");
            capped.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
            assertEquals(CAP_REACHED, capped.message(), "the day's SMS count of the number survived");
            assertEquals(2, SNS.publishedTo(phone[1]).size());
        });

        assertTrue(browser(2).openLoginPage("ja").logIn(locked, DemoRealm.PASSWORD).says(LockoutTest.LOCKED_JA), "still locked");
        assertTrue(browser(1).get(pendingLink).says("アカウントロックを解除しました。"), "the mailed link still unlocks");
        assertTrue(browser(2).openLoginPage("ja").logIn(locked, DemoRealm.PASSWORD).passedPassword());

        assertFalse(browser(2).get(spentLink).says("アカウントロックを解除しました。"), "a link spent before the restart stays spent");
        assertTrue(browser(1).openLoginPage("ja").logIn(spent, DemoRealm.PASSWORD).says(LockoutTest.LOCKED_JA));

        failTimes(1, counted, 4);
        assertTrue(browser(2).openLoginPage("ja").logIn(counted, LockoutTest.WRONG).says(LockoutTest.LOCKED_JA),
                "5 wrong before and 5 after the restart lock");

        assertTrue(secondStep(2).logIn(enrolled, "ja").on(SecondStep.CODE), "the enrolment is kept");
        assertEquals("false", contract.resource().toRepresentation().getAttributes().get("mdrive.two-step-verification").get(0));
        assertTrue(browser(1).openLoginPage("ja").logIn(contract.contractor(), DemoRealm.PASSWORD).loggedIn(),
                "the contract's settings still apply: no 2SV for its members");
    }
}
