package jp.mdrive.keycloak.it;

import static jp.mdrive.keycloak.it.PasswordResetTest.message;
import static jp.mdrive.keycloak.it.PasswordResetTest.requestReset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * R-SEC-7: reset mails are throttled per address (one per 5 minutes, five per Japan day) without the
 * page telling, and every forgot-password request does the same observable work. The quiet period
 * lives in Keycloak's single-use store, whose entries expire on Infinispan's clock: the time offset
 * moves that clock too ({@code enableForCaches}).
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class PasswordResetThrottleTest extends TimeTravelBase {

    static final int FIVE_MINUTES = 5 * 60;
    static final String RESET_EVENTS = "SEND_RESET_PASSWORD";

    /** Noon of tomorrow in Japan: the day's count is per Japan day, and the tests stay inside one. */
    @BeforeEach
    void japanNoon() {
        // the throttle's slots live in the caches, whose clock moves only when asked
        timeOffSet.enableForCaches();
        ZonedDateTime noon = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(1).withHour(12).withMinute(0).withSecond(0);
        timeOffSet.set((int) (noon.toEpochSecond() - System.currentTimeMillis() / 1000));
    }

    private void later(int seconds) {
        timeOffSet.set(timeOffSet.get() + seconds);
    }

    /** The SEND_RESET_PASSWORD events (sent or not) of requests for this typed address. */
    private List<EventRepresentation> resetEvents(String typed) {
        return realm.admin().getEvents(List.of(RESET_EVENTS, RESET_EVENTS + "_ERROR", "RESET_PASSWORD_ERROR"), null, null,
                        null, null, null, 0, 1000).stream()
                .filter(e -> e.getDetails() != null && typed.equals(e.getDetails().get("username"))).toList();
    }

    @Test
    @DisplayName("R-SEC-7 a second request within 5 minutes gets the same page and no mail; after 5 minutes a mail again")
    void quietPeriod() {
        String email = "throttle-quiet@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");

        String first = message(requestReset(realm, email));
        assertEquals(1, Mails.awaitTo(mail, email, 1).size());

        later(FIVE_MINUTES - 10);
        String second = message(requestReset(realm, email));
        assertEquals(first, second, "the throttled answer is the page of a sent mail");
        assertEquals(1, Mails.quietTo(mail, email, 1).size(), "no second mail within 5 minutes");
        EventRepresentation throttled = resetEvents(email).get(0);
        assertEquals("SEND_RESET_PASSWORD_ERROR", throttled.getType());
        assertEquals("mdrive_mail_throttled", throttled.getError());
        assertEquals("quiet_period", throttled.getDetails().get("mdrive_throttle"));

        later(20);
        requestReset(realm, email);
        assertEquals(2, Mails.awaitTo(mail, email, 2).size(), "5 minutes after the first mail, another");
    }

    @Test
    @DisplayName("R-SEC-7 five reset mails per address per Japan day; the sixth request gets the same page and no mail; the next day mails again")
    void dailyCap() {
        String email = "throttle-daily@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        String page = null;
        for (int i = 1; i <= 5; i++) {
            page = message(requestReset(realm, email));
            assertEquals(i, Mails.awaitTo(mail, email, i).size(), "mail " + i);
            later(FIVE_MINUTES + 1);
        }

        assertEquals(page, message(requestReset(realm, email)), "the sixth answer is the page of a sent mail");
        assertEquals(5, Mails.quietTo(mail, email, 5).size(), "no sixth mail");
        assertEquals("daily_cap", resetEvents(email).get(0).getDetails().get("mdrive_throttle"));

        later(24 * 3600);
        requestReset(realm, email);
        assertEquals(6, Mails.awaitTo(mail, email, 6).size(), "a new Japan day, a new allowance");
    }

    @Test
    @DisplayName("R-SEC-7 throttling one address does not throttle another")
    void perAddress() {
        String throttled = "throttle-one@demo.m-drive.example";
        String other = "throttle-other@demo.m-drive.example";
        DemoUsers.create(realm, throttled, "ja");
        DemoUsers.create(realm, other, "ja");

        requestReset(realm, throttled);
        requestReset(realm, throttled);
        requestReset(realm, other);

        Map<String, List<MimeMessage>> mails = Mails.quietTo(mail, Map.of(other, 1, throttled, 1));
        assertEquals(1, mails.get(other).size(), "the other address gets its mail");
        assertEquals(1, mails.get(throttled).size());
    }

    @Test
    @DisplayName("R-SEC-7 a real, a throttled, an unknown and a repeated unknown address get identical pages and one event each, nothing more")
    void sameAnswerSameWork() {
        String real = "throttle-same@demo.m-drive.example";
        DemoUsers.create(realm, real, "ja");
        String unknown = "nobody-" + System.nanoTime() + "@demo.m-drive.example";

        String realPage = message(requestReset(realm, real));
        String throttledPage = message(requestReset(realm, real));
        String unknownPage = message(requestReset(realm, unknown));
        String unknownAgainPage = message(requestReset(realm, unknown));

        assertEquals(realPage, throttledPage);
        assertEquals(realPage, unknownPage);
        assertEquals(realPage, unknownAgainPage);
        Map<String, List<MimeMessage>> mails = Mails.quietTo(mail, Map.of(real, 1, unknown, 0));
        assertEquals(1, mails.get(real).size());
        assertEquals(List.of(), mails.get(unknown));

        // Keycloak's own first step recorded a RESET_PASSWORD_ERROR for unknown addresses only: a
        // second event, and a second database write, that timed them apart. Now each request is one event.
        // each request's job records its event after the answer; the two jobs may finish in either order
        List<EventRepresentation> realEvents = resetEvents(real);
        assertEquals(List.of("SEND_RESET_PASSWORD", "SEND_RESET_PASSWORD_ERROR"),
                realEvents.stream().map(EventRepresentation::getType).sorted().toList(), "the sent mail and the throttled request");
        List<EventRepresentation> unknownEvents = resetEvents(unknown);
        assertEquals(List.of("SEND_RESET_PASSWORD_ERROR", "SEND_RESET_PASSWORD_ERROR"), unknownEvents.stream().map(EventRepresentation::getType).toList());
        assertEquals(List.of("user_not_found", "user_not_found"), unknownEvents.stream().map(EventRepresentation::getError).toList());
        assertEquals(List.of("", "quiet_period"), unknownEvents.stream()
                        .map(event -> event.getDetails() == null ? "" : event.getDetails().getOrDefault("mdrive_throttle", "")).sorted().toList(),
                "an unknown address is counted like a real one, so a throttled request costs the same for both");
    }

    @Test
    @DisplayName("R-SEC-7 ten requests at once for one address send one mail")
    void concurrentRequests() throws Exception {
        String email = "throttle-burst@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        ExecutorService browsers = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> pages = IntStream.range(0, 10).mapToObj(i -> browsers.submit(() -> message(requestReset(realm, email)))).toList();
            for (Future<String> page : pages) {
                assertTrue(page.get().contains(PasswordResetTest.SENT_JA));
            }
        } finally {
            browsers.shutdown();
        }
        assertEquals(1, Mails.quietTo(mail, email, 1).size());
    }

    @Test
    @DisplayName("R-SEC-7 R-LOCK-2 the lock mail is sent once per lock even when the address's reset mails are throttled, and nothing asks for it again")
    void lockMailOncePerLock() {
        String email = "throttle-lock@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        requestReset(realm, email);
        requestReset(realm, email);
        assertEquals(1, Mails.quietTo(mail, email, 1).size(), "the reset mail; the second request was throttled");

        for (int i = 0; i < 10; i++) {
            new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG);
        }
        List<String> subjects = Mails.awaitTo(mail, email, 2).stream().map(Mails::subject).toList();
        assertEquals(List.of(MailSubject.PASSWORD_RESET.ja, MailSubject.ACCOUNT_LOCK.ja), subjects);

        for (int i = 0; i < 5; i++) {
            assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG).says(LockoutTest.LOCKED_JA));
        }
        requestReset(realm, email);
        assertEquals(2, Mails.quietTo(mail, email, 2).size(), "neither more attempts on the lock nor a throttled reset mail anything");
    }

    @Test
    @DisplayName("R-SEC-7 the throttle settings are on the reset mail step, with the requirement's defaults")
    void settings() {
        Map<String, String> defaults = realm.admin().flows().getAuthenticatorConfigDescription("mdrive-reset-mail").getProperties()
                .stream().collect(Collectors.toMap(p -> p.getName(), p -> String.valueOf(p.getDefaultValue())));
        assertEquals(Map.of("mdrive.reset.quietPeriodMinutes", "5", "mdrive.reset.mailsPerDay", "5"), defaults);
    }
}
