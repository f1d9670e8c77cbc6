package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.TwoStepUsers.wrong;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

import jp.mdrive.keycloak.it.TwoStepUsers.Asked;

/**
 * R-OPS-7: the bundle's meters on the management port's {@code /metrics}, scraped before and after
 * each action an operator alerts on, each moving by exactly what the action did. One node, one test
 * at a time: nothing else moves them in between.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class MetricsTest extends TwoStepBase {

    static final String SMS_SENT = "mdrive_sms_sent_total";
    static final String SMS_FAILED = "mdrive_sms_failed_total";
    static final String SMS_REFUSED = "mdrive_sms_refused_total";
    static final String SMS_LATENCY = "mdrive_sms_provider_latency_seconds_count";
    static final String CODES = "mdrive_2sv_codes_total";
    static final String LOCKED = "mdrive_lockout_locked_total";
    static final String UNLOCKED = "mdrive_lockout_unlocked_total";
    static final String ROUTE_REFUSED = "mdrive_route_refused_total";
    static final String UNTRUSTED_HEADER = "mdrive_line_header_untrusted_total";

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectMailServer
    MailServer mail;

    private Meters before;

    @BeforeEach
    void scrapeBefore() {
        before = scrape();
    }

    /** Whatever the test did, no label names a user, a number or an address: every value is a word of a small fixed set. */
    @AfterEach
    void labelsAreFixedWords() {
        List<String> values = scrape().labelValues("mdrive_");
        assertTrue(values.stream().allMatch(value -> value.matches("[a-z_]{1,32}")), values.toString());
    }

    private Meters scrape() {
        return Meters.scrape(urls.getMetric());
    }

    private static String userId(ManagedRealm realm, String email) {
        return realm.admin().users().searchByEmail(email, true).get(0).getId();
    }

    @Test
    @DisplayName("R-OPS-7 an SMS the provider takes and one it refuses: sent, failed and the provider's latency move, each an event with the number masked")
    void smsSentAndFailed() {
        String email = TwoStepUsers.member(realm, "metrics-sms");
        String[] phone = TwoStepUsers.phone();
        SecondStep.newBrowser(realm).logIn(email, "ja").enrolBySms(sns, phone[0], phone[1], false);
        Meters enrolled = scrape();
        assertEquals(1, enrolled.moved(before, SMS_SENT, "provider", "sns"));
        assertEquals(1, enrolled.moved(before, SMS_LATENCY, "provider", "sns", "outcome", "sent"));
        assertEquals(0, enrolled.moved(before, SMS_FAILED));

        sns.failing(true);
        SecondStep failed = SecondStep.newBrowser(realm).logIn(email, "ja");
        assertTrue(failed.on(SecondStep.CODE), failed.page.body());
        Meters after = scrape();
        assertEquals(1, after.moved(enrolled, SMS_FAILED, "provider", "sns"));
        assertEquals(1, after.moved(enrolled, SMS_LATENCY, "provider", "sns", "outcome", "failed"));
        assertEquals(0, after.moved(enrolled, SMS_SENT));

        String userId = userId(realm, email);
        EventRepresentation sent = Events.of(realm, userId, "CUSTOM_REQUIRED_ACTION").get(0);
        assertEquals("sent", sent.getDetails().get("mdrive_sms"));
        assertEquals("sns", sent.getDetails().get("mdrive_sms_provider"));
        assertFalse(sent.getDetails().get("mdrive_phone").contains(phone[1].substring(5)), "the number is masked: " + sent.getDetails());
        EventRepresentation failure = Events.of(realm, userId, "CUSTOM_REQUIRED_ACTION_ERROR").get(0);
        assertEquals("mdrive_sms_failed", failure.getError());
        assertEquals("failed", failure.getDetails().get("mdrive_sms"));
    }

    @Test
    @DisplayName("R-OPS-7 an SMS refused by the daily cap per user: refused{reason=user_daily_cap} moves, nothing is sent, and the refusal is an event")
    void smsRefusedByCap() {
        TwoStepUsers.withSettings(realm, Map.of("mdrive.2sv.sms-per-user-per-day", "1"), () -> {
            String email = TwoStepUsers.member(realm, "metrics-cap");
            String[] phone = TwoStepUsers.phone();
            SecondStep.newBrowser(realm).logIn(email, "ja").enrolBySms(sns, phone[0], phone[1], false);
            Meters enrolled = scrape();

            SecondStep.newBrowser(realm).logIn(email, "ja");
            Meters after = scrape();
            assertEquals(1, after.moved(enrolled, SMS_REFUSED, "provider", "sns", "reason", "user_daily_cap"));
            assertEquals(0, after.moved(enrolled, SMS_SENT));
            assertEquals(1, sns.publishedTo(phone[1]).size());

            EventRepresentation refused = Events.of(realm, userId(realm, email), "CUSTOM_REQUIRED_ACTION_ERROR").get(0);
            assertEquals("mdrive_sms_refused", refused.getError());
            assertEquals("user_daily_cap", refused.getDetails().get("reason"));
        });
    }

    @Test
    @DisplayName("R-OPS-7 2SV codes by method and outcome: SMS wrong then right, app right at enrolment, wrong, then capped")
    void twoStepOutcomes() {
        Asked asked = TwoStepUsers.enrolledAndAsked(realm, sns, "metrics-2sv");
        Meters asking = scrape();
        assertEquals(1, asking.moved(before, CODES, "method", "sms", "outcome", "success"), "the enrolment's code");

        asked.browser().submit(SecondStep.CODE, Map.of("code", wrong(asked.code())));
        asked.browser().submit(SecondStep.CODE, Map.of("code", asked.code()));
        assertTrue(asked.browser().page.loggedIn(), asked.browser().page.body());
        Meters signedIn = scrape();
        assertEquals(1, signedIn.moved(asking, CODES, "method", "sms", "outcome", "wrong"));
        assertEquals(1, signedIn.moved(asking, CODES, "method", "sms", "outcome", "success"));

        TwoStepUsers.withSettings(realm, Map.of("mdrive.2sv.wrong-codes-per-user-per-day", "1"), () -> {
            String email = TwoStepUsers.member(realm, "metrics-2sv-app");
            String key = SecondStep.newBrowser(realm).logIn(email, "ja").enrolByApp();
            Meters appEnrolled = scrape();
            assertEquals(1, appEnrolled.moved(signedIn, CODES, "method", "app", "outcome", "success"));

            SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
            browser.submit(SecondStep.CODE, Map.of("code", wrong(Totp.now(key))));
            browser.submit(SecondStep.CODE, Map.of("code", wrong(Totp.now(key))));
            Meters capped = scrape();
            assertEquals(1, capped.moved(appEnrolled, CODES, "method", "app", "outcome", "wrong"));
            assertEquals(1, capped.moved(appEnrolled, CODES, "method", "app", "outcome", "capped"));
            assertEquals(0, capped.moved(appEnrolled, CODES, "outcome", "success"));
        });
    }

    @Test
    @DisplayName("R-OPS-7 a lock, its lifting by the unblock link, and a lock lifted by a password reset: locked and unlocked{path} move")
    void lockAndUnlock() {
        String email = "metrics-lock-" + System.nanoTime() + "@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        String link = lock(email);
        Meters locked = scrape();
        assertEquals(1, locked.moved(before, LOCKED));

        assertEquals(200, new BrowserFlowClient(realm).get(link).status());
        Meters unlocked = scrape();
        assertEquals(1, unlocked.moved(locked, UNLOCKED, "path", "link"));
        assertEquals(1, unlocked.moved(locked, UNLOCKED));
        assertEquals(0, scrapeAfter(() -> new BrowserFlowClient(realm).get(link)).moved(unlocked, UNLOCKED), "a second use lifts nothing");

        lock(email);
        Meters lockedAgain = scrape();
        assertEquals(1, lockedAgain.moved(unlocked, LOCKED));
        PasswordResetTest.requestReset(realm, email);
        MimeMessage reset = Mails.only(mail, email);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = browser.get(Mails.link(reset));
        browser.post(page.formAction("mdrive-reset-password-form"),
                Map.of("password-new", PasswordResetTest.NEW_PASSWORD, "password-confirm", PasswordResetTest.NEW_PASSWORD));
        assertEquals(1, scrape().moved(lockedAgain, UNLOCKED, "path", "password_reset"));
    }

    @Test
    @DisplayName("R-OPS-7 R-LINE-3 R-LINE-4 a claimed line from the internet counts as an untrusted header and a route refusal; the gateway's header counts neither as untrusted")
    void routeRefusalsAndUntrustedHeader() {
        Organizations.OwnContract contract = Organizations.withContractor(realm, "metrics-line",
                Map.of("mdrive.line-numbers", LineAuthenticationTest.LINE, "mdrive.access-route", "line-only"));

        BrowserFlowClient.Page claimed = new BrowserFlowClient(realm).claimingLine(LineAuthenticationTest.LINE).openLoginPage("ja")
                .logIn(contract.contractor(), DemoRealm.PASSWORD);
        assertEquals(403, claimed.status());
        Meters afterClaim = scrape();
        assertEquals(1, afterClaim.moved(before, ROUTE_REFUSED, "reason", "not_through_a_line"));
        assertEquals(1, afterClaim.moved(before, UNTRUSTED_HEADER), "one request with the header, counted once");

        BrowserFlowClient.Page otherLine = new BrowserFlowClient(realm).throughLine(LineAuthenticationTest.OTHER_LINE).openLoginPage("ja")
                .logIn(contract.contractor(), DemoRealm.PASSWORD);
        assertEquals(403, otherLine.status());
        Meters afterOther = scrape();
        assertEquals(1, afterOther.moved(afterClaim, ROUTE_REFUSED, "reason", "unregistered_line"));
        assertEquals(0, afterOther.moved(afterClaim, UNTRUSTED_HEADER), "the gateway is trusted");

        assertTrue(new BrowserFlowClient(realm).throughLine(LineAuthenticationTest.LINE).openLoginPage("ja")
                .logIn(contract.contractor(), DemoRealm.PASSWORD).passedPassword());
        Meters afterRegistered = scrape();
        assertEquals(0, afterRegistered.moved(afterOther, ROUTE_REFUSED));
        assertEquals(0, afterRegistered.moved(afterOther, UNTRUSTED_HEADER));
    }

    private Meters scrapeAfter(Runnable action) {
        action.run();
        return scrape();
    }

    /** Ten wrong passwords; the unblock link of the one lock mail, which is then cleared away. */
    private String lock(String email) {
        for (int i = 0; i < 10; i++) {
            new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG);
        }
        String link = Mails.link(Mails.only(mail, email));
        mail.runCleanup();
        return link;
    }
}
