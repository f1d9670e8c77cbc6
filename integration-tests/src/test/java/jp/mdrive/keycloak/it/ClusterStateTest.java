package jp.mdrive.keycloak.it;

import static jp.mdrive.keycloak.it.TwoStepUsers.member;
import static jp.mdrive.keycloak.it.TwoStepUsers.phone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;

/** R-OPS-2: two production nodes on one database answer as one server. */
class ClusterStateTest extends ClusterBase {

    @Test
    @DisplayName("R-LOCK-5 R-OPS-2 fifty wrong passwords at once, alternating between the nodes: 9 wrong, 41 locked, one lock event, one mail")
    void burstAcrossNodes() {
        String email = "cluster-burst@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        List<BrowserFlowClient> browsers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            browsers.add(browser(1 + i % 2).openLoginPage("ja"));
        }
        List<Callable<BrowserFlowClient.Page>> attempts = new ArrayList<>();
        for (BrowserFlowClient browser : browsers) {
            attempts.add(() -> browser.logIn(email, LockoutTest.WRONG));
        }
        int invalid = 0;
        int locked = 0;
        for (BrowserFlowClient.Page page : Burst.of(attempts)) {
            if (page.says(LockoutTest.LOCKED_JA)) {
                locked++;
            } else if (page.says(LockoutTest.INVALID_JA)) {
                invalid++;
            }
        }
        assertEquals(9, invalid, "wrong-password answers");
        assertEquals(41, locked, "locked answers");
        onlyMail(email);
        assertEquals(1, Events.of(realm, userId, "USER_DISABLED_BY_PERMANENT_LOCKOUT").size(), "one lock event");
        assertLockedOnBoth(email);
    }

    @Test
    @DisplayName("R-2SV-3 R-OPS-2 the daily SMS cap of a number counts the sends of both nodes together")
    void smsCapAcrossNodes() {
        String[] phone = phone();
        String first = member(realm, "cluster-sms-cap-a");
        secondStep(1).logIn(first, "ja").enrolBySms(SNS, phone[0], phone[1], false);
        for (int login = 2; login <= 10; login++) {
            secondStep(1 + login % 2).logIn(first, "ja");
        }
        assertEquals(10, SNS.publishedTo(phone[1]).size());

        for (int node = 1; node <= 2; node++) {
            SecondStep other = secondStep(node).logIn(member(realm, "cluster-sms-cap-b"), "ja");
            other.submit(SecondStep.PHONE, Map.of("phone", phone[0]));
            assertEquals(CAP_REACHED, other.message(), "node " + node);
        }
        assertEquals(10, SNS.publishedTo(phone[1]).size(), "no 11th SMS from either node");
    }

    @Test
    @DisplayName("R-2SV-4 R-OPS-2 a browser remembered on node 1 skips 2SV on node 2; a 2SV reset done on node 2 voids it on node 1")
    void rememberedBrowserAcrossNodes() {
        String email = member(realm, "cluster-remember");
        String[] phone = phone();
        SecondStep remembered = secondStep(1).logIn(email, "ja");
        remembered.enrolBySms(SNS, phone[0], phone[1], true);
        assertTrue(remembered.page.loggedIn());

        move(remembered.browser, 2);
        assertTrue(remembered.logIn(email, "ja").page.loggedIn(), "node 2 honours node 1's remembered browser");

        UserResource user = cluster.realmVia(2).admin().users().get(cluster.realmVia(2).admin().users().searchByEmail(email, true).get(0).getId());
        var representation = user.toRepresentation();
        representation.setRequiredActions(List.of("mdrive-reset-two-step-verification"));
        user.update(representation);
        SecondStep resetOnTwo = secondStep(2).logIn(email, "ja");
        assertTrue(resetOnTwo.on(SecondStep.PHONE), "the reset ran on node 2");
        resetOnTwo.enrolBySms(SNS, phone[0], phone[1], false);
        assertTrue(resetOnTwo.page.loggedIn());

        move(remembered.browser, 1);
        assertTrue(remembered.logIn(email, "ja").on(SecondStep.CODE), "node 1 asks the formerly remembered browser for a code");
    }

    @Test
    @DisplayName("R-LOCK-2 R-OPS-2 an unblock link mailed by node 1 unlocks once on node 2; used again on node 1 it lifts nothing")
    void unblockLinkAcrossNodes() {
        String email = "cluster-unblock@demo.m-drive.example";
        String link = lockOn(1, email);

        BrowserFlowClient.Page unlocked = browser(2).get(link);
        assertTrue(unlocked.says("アカウントロックを解除しました。"), unlocked.body());
        assertTrue(browser(1).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).passedPassword(), "unlocked on node 1 too");

        failTimes(2, email, 10);
        BrowserFlowClient.Page reused = browser(1).get(link);
        assertFalse(reused.says("アカウントロックを解除しました。"), "spent on node 2, refused on node 1");
        assertLockedOnBoth(email);
    }
}
