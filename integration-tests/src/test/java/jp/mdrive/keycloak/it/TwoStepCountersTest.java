package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.TwoStepUsers.wrong;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import jp.mdrive.keycloak.it.BrowserFlowClient.Page;
import jp.mdrive.keycloak.it.TwoStepUsers.Asked;

/**
 * R-SEC-8: the counters that bound guessing and sending hold exactly against many requests at once,
 * as an attacker's script sends them. On this one-node server the bursts rarely race: the node keeps
 * an authentication session as one shared object, so Keycloak's one-time form code turns away every
 * post into a sign-in that arrives after another took it (a redirect to the page), and the password
 * hash spreads parallel password grants. On a cluster each node reads its own copy of the session
 * and the race is real; the unit tests of {@code UseSlots} and {@code OneTimeCode} play it. Here the
 * bursts show that whatever order posts arrive in, every try and every SMS is counted exactly once.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TwoStepCountersTest extends TwoStepBase {

    private static final int BURST = 20;
    private static final String WRONG_JA = "入力されたコードが正しくありません。";
    private static final String USED_UP_JA = "入力可能な回数を超えました。ショートメッセージを再送信してください。";
    private static final String TOO_MANY_JA = "本日はコードの入力回数の上限に達しました。";
    private static final String DAILY_SMS_LIMIT_JA = "本日のショートメッセージ送信回数の上限に達しました。";
    private static final String RESENT_JA = "宛にショートメッセージを再送信しました。";
    private static final String WRONG_CODES_PER_DAY = "mdrive.2sv.wrong-codes-per-user-per-day";

    @Test
    @DisplayName("R-SEC-8 twenty wrong app codes at once through the password grant: only the daily cap (here 3, set on the login flow's 2SV step, the grant has no setting of its own) are checked, then not even the right one")
    void wrongCodesPerDayThroughPasswordGrant() {
        String email = TwoStepUsers.member(realm, "burst-grant");
        String key = SecondStep.newBrowser(realm).logIn(email, "ja").enrolByApp();
        BearerClient api = new BearerClient(realm);
        assertTrue(realm.admin().flows().getAuthenticatorConfigDescription("mdrive-direct-grant-2sv").getProperties().isEmpty(),
                "the password grant's 2SV step offers no settings that could drift from the login flow's");
        TwoStepUsers.withSettings(realm, Map.of(WRONG_CODES_PER_DAY, "3"), () -> {
            List<BearerClient.Answer> answers = Burst.of(BURST, () -> api.passwordGrant(email, DemoRealm.PASSWORD, wrong(Totp.now(key))));

            Map<Object, Long> told = answers.stream()
                    .collect(Collectors.groupingBy(answer -> answer.json().get("error_description"), Collectors.counting()));
            assertEquals(3L, told.get("Invalid user credentials"), "codes checked: " + told);
            assertEquals(BURST - 3L, told.get("Too many wrong 2-step verification codes today"), told.toString());
            assertEquals("Too many wrong 2-step verification codes today",
                    api.passwordGrant(email, DemoRealm.PASSWORD, Totp.now(key)).json().get("error_description"), "the right code is not checked past the cap");
        });
    }

    @Test
    @DisplayName("R-SEC-8 twenty wrong SMS codes at once in one sign-in, then more one by one: five tries in all, then the code is dead, the right one too")
    void triesPerCode() {
        Asked asked = TwoStepUsers.enrolledAndAsked(realm, sns, "burst-tries");
        List<Page> answers = burst(asked.browser(), Map.of("code", wrong(asked.code())));

        assertEquals(4, toldWrongUntil(asked.browser(), answers, wrong(asked.code()), USED_UP_JA),
                "told wrong with tries left, in the burst and after it; the fifth says used up");
        SecondStep browser = asked.browser();
        browser.submit(SecondStep.CODE, Map.of("code", asked.code()));
        assertFalse(browser.page.loggedIn(), "the right code after the fifth try");
        assertEquals(USED_UP_JA, browser.message());
    }

    @Test
    @DisplayName("R-SEC-8 the right SMS code posted twenty times at once signs in once")
    void rightCodeOnce() {
        Asked asked = TwoStepUsers.enrolledAndAsked(realm, sns, "burst-right");
        List<Page> answers = burst(asked.browser(), Map.of("code", asked.code()));

        assertEquals(1, answers.stream().filter(Page::loggedIn).count(), kinds(answers));
    }

    @Test
    @DisplayName("R-SEC-8 the daily cap of wrong codes (here 3) holds against wrong SMS codes at once and after: three are checked, then not even the right one")
    void wrongSmsCodesPerDay() {
        TwoStepUsers.withSettings(realm, Map.of(WRONG_CODES_PER_DAY, "3"), () -> {
            Asked asked = TwoStepUsers.enrolledAndAsked(realm, sns, "burst-daily-sms");
            List<Page> answers = burst(asked.browser(), Map.of("code", wrong(asked.code())));

            assertEquals(3, toldWrongUntil(asked.browser(), answers, wrong(asked.code()), TOO_MANY_JA));
            SecondStep browser = asked.browser();
            browser.submit(SecondStep.CODE, Map.of("code", asked.code()));
            assertFalse(browser.page.loggedIn(), "the right code is not checked past the cap");
            assertTrue(browser.message().startsWith(TOO_MANY_JA), browser.message());
        });
    }

    @Test
    @DisplayName("R-SEC-8 the daily cap of wrong codes (here 3) holds for wrong authenticator codes at once and after")
    void wrongAppCodesPerDay() {
        TwoStepUsers.withSettings(realm, Map.of(WRONG_CODES_PER_DAY, "3"), () -> {
            String email = TwoStepUsers.member(realm, "burst-daily-app");
            String key = SecondStep.newBrowser(realm).logIn(email, "ja").enrolByApp();

            SecondStep browser = SecondStep.newBrowser(realm).logIn(email, "ja");
            List<Page> answers = burst(browser, Map.of("code", wrong(Totp.now(key))));

            assertEquals(3, toldWrongUntil(browser, answers, wrong(Totp.now(key)), TOO_MANY_JA));
            browser.submit(SecondStep.CODE, Map.of("code", Totp.now(key)));
            assertFalse(browser.page.loggedIn(), "the right code is not checked past the cap");
            assertTrue(browser.message().startsWith(TOO_MANY_JA), browser.message());
        });
    }

    @Test
    @DisplayName("R-SEC-8 twenty resends at once after the cooldown send one SMS")
    void resendOnce() {
        Asked asked = TwoStepUsers.enrolledAndAsked(realm, sns, "burst-resend");
        String number = asked.phone()[1];
        int before = sns.publishedTo(number).size();

        timeOffSet.set(61);
        List<Page> answers = burst(asked.browser(), Map.of("mdrive_action", "resend"));

        // the SNS request is made within the server's answer, so every SMS of the burst is in by now
        assertEquals(before + 1, sns.publishedTo(number).size(), kinds(answers));
        assertEquals(1, count(answers, RESENT_JA), kinds(answers));
    }

    @Test
    @DisplayName("R-SEC-8 twenty sign-ins of one user at once never send more SMS than the daily cap per user (here 3)")
    void smsPerUserPerDay() {
        TwoStepUsers.withSettings(realm, Map.of("mdrive.2sv.sms-per-user-per-day", "3"), () -> {
            String email = TwoStepUsers.member(realm, "burst-sms-user");
            String[] phone = TwoStepUsers.phone();
            SecondStep.newBrowser(realm).logIn(email, "ja").enrolBySms(sns, phone[0], phone[1], false);

            List<Page> answers = Burst.of(BURST, () -> SecondStep.newBrowser(realm).logIn(email, "ja").page);

            assertEquals(3, sns.publishedTo(phone[1]).size(), "the enrolment's SMS and two sign-ins' " + kinds(answers));
            assertEquals(BURST - 2, count(answers, DAILY_SMS_LIMIT_JA), kinds(answers));
        });
    }

    @Test
    @DisplayName("R-SEC-8 twenty users enrolling one number at once never send it more SMS than the daily cap per number (here 3)")
    void smsPerNumberPerDay() {
        TwoStepUsers.withSettings(realm, Map.of("mdrive.2sv.sms-per-number-per-day", "3"), () -> {
            String[] phone = TwoStepUsers.phone();
            List<Callable<Page>> enrolments = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                SecondStep browser = SecondStep.newBrowser(realm).logIn(TwoStepUsers.member(realm, "burst-sms-number"), "ja");
                String action = browser.page.formAction(SecondStep.PHONE);
                enrolments.add(() -> browser.browser.post(action, Map.of("phone", phone[0])));
            }
            List<Page> answers = Burst.of(enrolments);

            assertEquals(3, sns.publishedTo(phone[1]).size(), kinds(answers));
            assertEquals(BURST - 3, count(answers, DAILY_SMS_LIMIT_JA), kinds(answers));
        });
    }

    /** The code form posted {@link #BURST} times at once in the browser's one sign-in. */
    private static List<Page> burst(SecondStep browser, Map<String, String> fields) {
        String action = browser.page.formAction(SecondStep.CODE);
        List<Page> answers = Burst.of(BURST, () -> browser.browser.post(action, fields));
        answers.forEach(answer -> assertTrue(answer.status() < 500, "no server error: " + answer.status() + " " + answer.body()));
        return answers;
    }

    /**
     * How many answers said "wrong" (with tries left): those of the burst, then of one wrong code at a
     * time on the reloaded page until a page says {@code end}, which must come.
     */
    private static long toldWrongUntil(SecondStep browser, List<Page> burst, String wrongCode, String end) {
        long wrong = count(burst, WRONG_JA);
        boolean ended = count(burst, end) > 0;
        browser.reload(SecondStep.CODE);
        for (int post = 0; !ended && post < 40; post++) {
            browser.submit(SecondStep.CODE, Map.of("code", wrongCode));
            wrong += browser.message().equals(WRONG_JA) ? 1 : 0;
            ended = browser.message().startsWith(end);
        }
        assertTrue(ended, "never told: " + end + "; burst " + kinds(burst));
        return wrong;
    }

    private static long count(List<Page> answers, String text) {
        return answers.stream().filter(answer -> answer.says(text)).count();
    }

    /** What the answers were, for a failure message. */
    private static String kinds(List<Page> answers) {
        return answers.stream().map(answer -> {
            if (answer.status() != 200) {
                return answer.status() + (answer.loggedIn() ? " signed in" : " " + answer.location().replaceAll("\\?.*", ""));
            }
            for (String text : new String[] {WRONG_JA, USED_UP_JA, TOO_MANY_JA, DAILY_SMS_LIMIT_JA, RESENT_JA}) {
                if (answer.says(text)) {
                    return text;
                }
            }
            return answer.body().replaceAll("(?s).*<title>(.*?)</title>.*", "$1");
        }).collect(Collectors.groupingBy(kind -> kind, Collectors.counting())).toString();
    }
}
