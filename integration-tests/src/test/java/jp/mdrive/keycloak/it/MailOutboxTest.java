package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * R-OPS-4 no lost mail: every mail goes through the outbox table, is retried while SMTP is down,
 * sent once when it is back, given up (and told) after a day, and never sent for a rolled-back
 * request. The test server retries every second or two (see {@link MdriveServerConfig}).
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class MailOutboxTest extends TimeTravelBase {

    private static final int DAY_AND_HOUR = 25 * 60 * 60;

    @InjectRunOnServer(permittedPackages = "jp.mdrive.keycloak.it")
    RunOnServerClient server;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private void lock(String email) {
        for (int i = 0; i < 10; i++) {
            assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG).passedPassword());
        }
    }

    private String rows(String userId) {
        return server.fetchString(OutboxRows.of(realm.getName(), userId));
    }

    /** Waits until the user's outbox rows read as the predicate wants; fails after 30 s. */
    private String awaitRows(String userId, Predicate<String> wanted, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        String rows = rows(userId);
        while (!wanted.test(rows)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + what + " within 30 s; outbox rows of the user: [" + rows + "]");
            }
            Thread.sleep(250);
            rows = rows(userId);
        }
        return rows;
    }

    private static int attempts(String rows) {
        return rows.startsWith("PENDING ") ? Integer.parseInt(rows.substring("PENDING ".length())) : 0;
    }

    @Test
    @DisplayName("R-OPS-4 R-OPS-7 a lock mail that meets an SMTP outage is retried and arrives exactly once when SMTP is back; its link works; failures and retries are counted")
    void lockMailSurvivesSmtpOutage() throws Exception {
        String email = "outbox-outage@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        Meters before = Meters.scrape(urls.getMetric());
        try (SmtpOutage outage = new SmtpOutage(realm)) {
            lock(email);
            awaitRows(userId, rows -> attempts(rows) >= 3, "third failed attempt");
            assertEquals(List.of(), Mails.to(mail, email), "nothing can have been sent while SMTP was down");
        }

        MimeMessage lockMail = Mails.only(mail, email);
        Meters after = Meters.scrape(urls.getMetric());
        assertTrue(after.moved(before, "mdrive_mail_failed_total", "kind", "template") >= 3, "failed attempts counted");
        assertTrue(after.moved(before, "mdrive_mail_retried_total", "kind", "template") >= 3, "retries counted, the last one sent");
        assertEquals(MailSubject.ACCOUNT_LOCK.ja, Mails.subject(lockMail));
        assertEquals("", rows(userId), "the sent mail's row is gone");
        BrowserFlowClient.Page unlocked = new BrowserFlowClient(realm).get(Mails.link(lockMail));
        assertTrue(unlocked.says("アカウントロックを解除しました。"), "the retried mail's link is the lock's: " + unlocked.body());
    }

    @Test
    @DisplayName("R-OPS-4 a mail still failing a day after it was asked for is left FAILED, logged and recorded as an event without its link")
    void givesUpAfterADay() throws Exception {
        String email = "outbox-give-up@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        try (SmtpOutage outage = new SmtpOutage(realm)) {
            lock(email);
            awaitRows(userId, rows -> attempts(rows) >= 1, "failed attempt");
            timeOffSet.set(DAY_AND_HOUR);
            String rows = awaitRows(userId, r -> r.startsWith("FAILED"), "give-up");
            assertTrue(rows.matches("FAILED \\d+"), "one FAILED row: " + rows);
        }

        List<EventRepresentation> givenUp = Events.of(realm, userId, "EXECUTE_ACTIONS_ERROR");
        assertEquals(1, givenUp.size(), "one event for the given-up mail");
        EventRepresentation event = givenUp.get(0);
        assertEquals("email_send_failed", event.getError());
        assertEquals("template", event.getDetails().get("mdrive_mail_kind"));
        assertEquals(OutboxRows.LOCK_TEMPLATE, event.getDetails().get("mdrive_mail_template"));
        assertTrue(event.getDetails().get("reason").contains("Connect"), "the reason says SMTP refused: " + event.getDetails());
        assertFalse(event.getDetails().toString().contains("action-token"), "never the link: " + event.getDetails());
        assertEquals(List.of(), Mails.quietTo(mail, email, 0), "a given-up mail is not sent when SMTP is back");
        assertTrue(rows(userId).startsWith("FAILED"), "it stays for the operator to see");
    }

    @Test
    @DisplayName("R-OPS-4 a transaction that asked for a mail and rolled back leaves no row and sends nothing; committed, it sends")
    void rolledBackSendsNothing() {
        String email = "outbox-rollback@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");

        server.run(OutboxRows.lockMailIn(realm.getName(), userId, true));
        assertEquals("", rows(userId));
        assertEquals(List.of(), Mails.quietTo(mail, email, 0));

        server.run(OutboxRows.lockMailIn(realm.getName(), userId, false));
        assertEquals(MailSubject.ACCOUNT_LOCK.ja, Mails.subject(Mails.only(mail, email)));
        assertEquals("", rows(userId));
    }
}
