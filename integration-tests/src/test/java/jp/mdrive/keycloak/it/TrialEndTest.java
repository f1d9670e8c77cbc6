package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;

/**
 * R-PLAN-1 on the real server, days moved with Keycloak's time offset: a trial started today runs
 * to its 30th day (offset 29 days); from the 31st its members are refused in the browser and on the
 * password grant; the contractor reaches プラン変更 in the settings menu until the 15th day after
 * the trial's last day (offset 44, the 45th day) and is refused after; the cancellation job then cancels the contract, once.
 * Admin calls are made at offset 0, where the test framework's admin token is valid.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TrialEndTest extends DemoRealmBase {

    private static final int DAY = 24 * 60 * 60;
    private static final int LAST_TRIAL_DAY = 29;
    private static final int FIRST_DAY_AFTER = 30;
    private static final int LAST_PLAN_CHANGE_DAY = 44;
    private static final String GOOGLE_USER = "trial-member@gmail.example";
    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    @InjectRunOnServer(permittedPackages = "jp.mdrive.keycloak.it")
    RunOnServerClient server;

    @InjectRealm(ref = "google-idp", config = GoogleRealm.class)
    ManagedRealm google;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    private Organizations.OwnContract trial(String name) {
        return Organizations.runningTrial(realm, name);
    }

    private String member(Organizations.OwnContract contract, String name, String locale) {
        String email = name + "-" + contract.alias() + "@demo.m-drive.example";
        Organizations.join(contract.resource(), DemoUsers.create(realm, email, locale));
        return email;
    }

    private void daysAfterStart(int days) {
        timeOffSet.set(days * DAY);
    }

    private BrowserFlowClient.Page browserSignIn(String email, String locale) {
        return new BrowserFlowClient(realm).openLoginPage(locale).logIn(email, DemoRealm.PASSWORD);
    }

    private BrowserFlowClient.Page settingsSignIn(String email) {
        return SettingsMenu.signIn(new BrowserFlowClient(realm), email, DemoRealm.PASSWORD);
    }

    private String userId(String email) {
        return realm.admin().users().searchByEmail(email, true).get(0).getId();
    }

    private static boolean refused(BrowserFlowClient.Page page) {
        return page.status() == 403 && page.has("mdrive-trial-ended");
    }

    @Test
    @DisplayName("R-PLAN-1 a trial member signs in on day 30 and is refused on day 31, in the browser (ja, en) and on the password grant, with one event each")
    void memberRefusedAfterThirtyDays() {
        Organizations.OwnContract trial = trial("trial-member");
        String user = member(trial, "user", "ja");
        String english = member(trial, "english", "en");
        BearerClient api = new BearerClient(realm);

        daysAfterStart(LAST_TRIAL_DAY);
        assertTrue(browserSignIn(user, "ja").loggedIn(), "day 30 is still a trial day");
        assertEquals(200, api.passwordGrant(user, DemoRealm.PASSWORD).status());

        daysAfterStart(FIRST_DAY_AFTER);
        BrowserFlowClient.Page ja = browserSignIn(user, "ja");
        assertTrue(refused(ja), ja.status() + " " + ja.body());
        assertEquals("無料トライアルの期間（30日間）が終了したため、M-Driveにログインできません。", ja.text("mdrive-trial-ended"));
        assertTrue(ja.has("mdrive-trial-ask-contractor") && !ja.has("mdrive-trial-plan-change"), "a user is sent to the contractor");
        BrowserFlowClient.Page en = browserSignIn(english, "en");
        assertTrue(refused(en), en.body());
        assertTrue(en.text("mdrive-trial-ended").startsWith("The 30-day free trial has ended"), en.body());
        BearerClient.Answer grant = api.passwordGrant(user, DemoRealm.PASSWORD);
        assertEquals(400, grant.status(), grant.body());
        assertEquals("invalid_grant", grant.json().get("error"));
        assertEquals("The free trial has ended", grant.json().get("error_description"));
        assertTrue(settingsSignIn(user).has("mdrive-trial-ended"), "nor does the settings menu let a user in");

        timeOffSet.set(0);
        List<EventRepresentation> errors = Events.errors(realm, userId(user));
        assertEquals(3, errors.stream().filter(e -> "mdrive_trial_ended".equals(e.getError())).count(), "browser, grant, settings menu");
        assertTrue(errors.stream().allMatch(e -> "LOGIN_ERROR".equals(e.getType()) && "trial_ended".equals(e.getDetails().get("reason"))));
        assertTrue(realm.admin().users().get(userId(user)).toRepresentation().isEnabled(), "a refusal changes nothing");
    }

    @Test
    @DisplayName("R-PLAN-1 the contractor reaches プラン変更 through the settings menu until the 15th day after the trial, is told the date elsewhere, and is refused after")
    void contractorUntilFifteenDaysAfter() {
        Organizations.OwnContract trial = trial("trial-contractor");
        LocalDate lastPlanChangeDay = today().plusDays(LAST_PLAN_CHANGE_DAY);

        daysAfterStart(LAST_PLAN_CHANGE_DAY);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(browser, trial.contractor(), DemoRealm.PASSWORD);
        assertTrue(menu.has(SettingsMenu.MENU), menu.body());
        assertTrue(SettingsMenu.items(menu).contains("plan"));
        BrowserFlowClient.Page plan = SettingsMenu.open(browser, menu, "plan");
        assertEquals(JAPANESE.format(today().plusDays(LAST_TRIAL_DAY)), plan.text("mdrive-settings-trial-ends"), "無料トライアル終了日: the 30th day");

        BrowserFlowClient.Page service = browserSignIn(trial.contractor(), "ja");
        assertTrue(refused(service), service.body());
        assertTrue(service.text("mdrive-trial-plan-change").startsWith("契約者の方は、" + JAPANESE.format(lastPlanChangeDay) + "まで"),
                service.text("mdrive-trial-plan-change"));
        assertTrue(service.attribute("mdrive-trial-settings-menu", "href").contains("/realms/" + realm.getName() + "/mdrive/settings"));
        assertEquals(400, new BearerClient(realm).passwordGrant(trial.contractor(), DemoRealm.PASSWORD).status(), "no tokens for the service");

        daysAfterStart(LAST_PLAN_CHANGE_DAY + 1);
        BrowserFlowClient.Page late = settingsSignIn(trial.contractor());
        assertTrue(refused(late) && !late.has(SettingsMenu.MENU), late.body());
        assertFalse(late.has("mdrive-trial-plan-change"), "no date left to point at");
    }

    @Test
    @DisplayName("R-PLAN-1 the contractor's page in English writes the date as December 19, 2026")
    void contractorPageInEnglish() {
        Organizations.OwnContract trial = trial("trial-en");
        UserRepresentation contractor = realm.admin().users().get(trial.contractorId()).toRepresentation();
        contractor.getAttributes().put("locale", List.of("en"));
        realm.admin().users().get(trial.contractorId()).update(contractor);

        daysAfterStart(FIRST_DAY_AFTER);
        BrowserFlowClient.Page page = browserSignIn(trial.contractor(), "en");
        assertTrue(refused(page), page.body());
        assertTrue(page.text("mdrive-trial-plan-change").contains("until " + ENGLISH.format(today().plusDays(LAST_PLAN_CHANGE_DAY)) + "."),
                page.text("mdrive-trial-plan-change"));
    }

    @Test
    @DisplayName("R-PLAN-1 a trial member who signs in through an identity provider is refused on day 31 too (post-broker flow)")
    void refusedThroughIdentityProvider() {
        Brokers.registerOidc(realm, google, Brokers.GOOGLE);
        Organizations.OwnContract trial = trial("trial-google");
        String id = DemoUsers.create(realm, GOOGLE_USER, "ja");
        DemoUsers.setLoginMethod(realm, id, Brokers.GOOGLE);
        Organizations.join(trial.resource(), id);

        daysAfterStart(FIRST_DAY_AFTER);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = browser.follow(browser.authorize("ja", "&kc_idp_hint=" + Brokers.GOOGLE));
        page = browser.follow(browser.post(page.formAction("kc-form-login"),
                Map.of("username", GOOGLE_USER, "password", DemoRealm.PASSWORD, "credentialId", "")));
        assertTrue(refused(page) && !page.loggedIn(), page.status() + " " + page.body());
    }

    @Test
    @DisplayName("R-PLAN-1 the basic plan is untouched by the trial's end, and a trial changed to basic is never cancelled")
    void basicUntouched() {
        Organizations.OwnContract changed = trial("trial-changed");
        Organizations.set(changed.resource(), "mdrive.plan", "basic");
        String user = member(changed, "user", "ja");

        daysAfterStart(LAST_PLAN_CHANGE_DAY + 1);
        assertTrue(browserSignIn(user, "ja").loggedIn());
        assertEquals(200, new BearerClient(realm).passwordGrant(user, DemoRealm.PASSWORD).status());
        server.run(TrialCancellationRuns.again());

        timeOffSet.set(0);
        assertFalse(changed.resource().toRepresentation().getAttributes().containsKey("mdrive.cancelled-on"));
        assertTrue(realm.admin().users().get(userId(user)).toRepresentation().isEnabled());
    }

    @Test
    @DisplayName("R-PLAN-1 the cancellation job, registered at start with the cluster-aware runner, cancels a trial past its window once: two runs, one cancellation, members disabled")
    void cancellationJob() {
        assertEquals("ClusterAwareScheduledTaskRunner", server.fetchString(TrialCancellationRuns.scheduledRunner()));
        Organizations.OwnContract trial = trial("trial-cancelled");
        String user = member(trial, "user", "ja");

        daysAfterStart(LAST_PLAN_CHANGE_DAY);
        server.run(TrialCancellationRuns.again());
        timeOffSet.set(0);
        assertFalse(trial.resource().toRepresentation().getAttributes().containsKey("mdrive.cancelled-on"), "the window's last day still counts");
        assertTrue(realm.admin().users().get(userId(user)).toRepresentation().isEnabled());

        daysAfterStart(LAST_PLAN_CHANGE_DAY + 1);
        server.run(TrialCancellationRuns.asScheduled());
        server.run(TrialCancellationRuns.again());
        assertFalse(browserSignIn(user, "ja").passedPassword(), "members can no longer sign in");

        timeOffSet.set(0);
        assertEquals(List.of(today().plusDays(LAST_PLAN_CHANGE_DAY + 1).toString()),
                trial.resource().toRepresentation().getAttributes().get("mdrive.cancelled-on"));
        assertFalse(realm.admin().users().get(userId(user)).toRepresentation().isEnabled());
        assertFalse(realm.admin().users().get(trial.contractorId()).toRepresentation().isEnabled(), "the contractor too");
        List<EventRepresentation> cancellations = Events.of(realm, trial.contractorId(), "UPDATE_PROFILE").stream()
                .filter(e -> trial.alias().equals(e.getDetails().get("mdrive_contract"))).toList();
        assertEquals(1, cancellations.size(), "one cancellation recorded for two runs");
        assertEquals("trial_ended", cancellations.get(0).getDetails().get("reason"));
    }

    /** Google, played by a realm of the test server with the one account the broker test signs in with. */
    public static class GoogleRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.clients(ClientBuilder.create().clientId(Brokers.CLIENT_ID).secret(Brokers.CLIENT_SECRET)
                            .redirectUris("http://localhost:8080/realms/mdrive/broker/" + Brokers.GOOGLE + "/endpoint"))
                    .users(UserBuilder.create().username(GOOGLE_USER).email(GOOGLE_USER).emailVerified(true).name("Google", "User")
                            .password(DemoRealm.PASSWORD));
        }
    }
}
