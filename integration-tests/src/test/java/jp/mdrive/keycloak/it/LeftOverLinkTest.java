package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.Brokers.MICROSOFT;
import static jp.mdrive.keycloak.it.MailSubject.ACCOUNT_LOCK;
import static jp.mdrive.keycloak.it.MailSubject.EMAIL_CHANGE;
import static jp.mdrive.keycloak.it.MailSubject.EMAIL_CHANGED;
import static jp.mdrive.keycloak.it.MailSubject.INVITATION;
import static jp.mdrive.keycloak.it.MailSubject.LOGIN_METHOD_CHANGE;
import static jp.mdrive.keycloak.it.MailSubject.PASSWORD_RESET;
import static jp.mdrive.keycloak.it.SetupPages.open;
import static jp.mdrive.keycloak.it.SetupPages.submit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import jp.mdrive.keycloak.it.SetupPages.Own;

/**
 * R-SEC-6 and R-SEC-9 on the real server: a link left over in a mailbox acts on nothing once a newer
 * link of its purpose was sent, a setup completed, the password changed or was reset, or the address
 * changed; an invitation is void once its user has a login method; the old address is told of an
 * e-mail change; and a provider-setup URL forwarded to another browser links nothing. Every refusal
 * is the "このURLは無効です" page, an event, and an account exactly as it was. Identity provider
 * "microsoft" is played by a second realm.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class LeftOverLinkTest extends TimeTravelBase {

    static final String DOMAIN = "@leftover.example";
    static final String NEW_PASSWORD = "Leftover-2nd";
    static final String INVALID = "このURLは無効です";

    @InjectRealm(ref = "leftover-idp", config = IdentityLifecycleTest.IdpRealm.class)
    ManagedRealm idp;

    SetupPages setup;

    @BeforeEach
    void provider() {
        setup = new SetupPages(realm, idp);
        Brokers.registerOidc(realm, idp, MICROSOFT);
    }

    /** What a refused link must leave as it was: address, attributes, credentials, provider links and the change events. */
    private record Account(String email, Map<String, List<String>> attributes, List<String> credentials, List<String> links, int changes) {
    }

    private Account account(String id) {
        UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        return new Account(user.getEmail(), new TreeMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes()),
                realm.admin().users().get(id).credentials().stream().map(c -> c.getType() + " " + c.getId()).sorted().toList(),
                realm.admin().users().get(id).getFederatedIdentity().stream().map(f -> f.getIdentityProvider() + " " + f.getUserName()).toList(),
                realm.admin().getEvents(List.of("UPDATE_PROFILE", "UPDATE_PASSWORD", "UPDATE_EMAIL", "RESET_PASSWORD", "REMOVE_CREDENTIAL"),
                        null, id, null, null, null, 0, 500).size());
    }

    /** The "このURLは無効です" page, and an event of the refusal with that reason. */
    private void assertRefused(BrowserFlowClient.Page page, String userId, String reason) {
        assertEquals(400, page.status(), page.body());
        assertTrue(page.says(INVALID), page.body());
        assertTrue(Events.errors(realm, userId).stream().anyMatch(event -> reason.equals(event.getDetails().get("reason"))
                        || reason.equals(event.getError())), "an event says why: " + reason);
    }

    /** A password user (Test Taro) of a contract of its own, with the contractor's token to send links with. */
    private record Member(Own own, String email, String id) {
    }

    private Member member(String name, String locale) {
        Own own = setup.ownContract(name, Map.of());
        String email = name + DOMAIN;
        String id = DemoUsers.create(realm, email, locale);
        Organizations.join(own.contract().resource(), id);
        return new Member(own, email, id);
    }

    private void sendChangeLink(Member member, String json) {
        BearerClient.Answer answer = new BearerClient(realm).post(member.own().path() + "/members/" + member.id() + "/change-link",
                member.own().token(), json);
        assertEquals(202, answer.status(), answer.body());
    }

    /** The link of the newest mail to the address, once it is the expected count-th one and has that subject. */
    private String newestLink(String address, int count, MailSubject subject) {
        return Mails.link(Mails.numbered(mail, address, count, subject.ja));
    }

    private static Map<String, String> passwords(String password) {
        return Map.of("password-new", password, "password-confirm", password);
    }

    /** Login page, forgot-password link, the address submitted: the reset mail goes out. */
    private void requestReset(String email) {
        BrowserFlowClient browser = new BrowserFlowClient(realm).openLoginPage("ja");
        BrowserFlowClient.Page form = browser.get(browser.forgotPasswordLink());
        browser.post(form.formAction("kc-reset-password-form"), Map.of("username", email));
    }

    private boolean passesPassword(String email, String password) {
        return new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, password).passedPassword();
    }

    @Test
    @DisplayName("R-SEC-6 inviting again voids the first invitation link; the second registers, and the first stays void")
    void invitedTwice() {
        Own own = setup.ownContract("twice", Map.of());
        String email = "twice" + DOMAIN;
        String id = setup.invitedId(own, email);
        String first = newestLink(email, 1, INVITATION);
        setup.invitedId(own, email);
        String second = newestLink(email, 2, INVITATION);

        Account before = account(id);
        BrowserFlowClient attacker = new BrowserFlowClient(realm);
        assertRefused(open(attacker, first), id, "mdrive_link_void");
        assertEquals(before, account(id), "the refused link changed nothing");

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page confirm = submit(browser, open(browser, second), "mdrive-setup-choose-form",
                Map.of("choice", "password", "password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        BrowserFlowClient.Page done = submit(browser, confirm, "mdrive-setup-confirm-form", Map.of("confirm", "true"));
        assertEquals("申込完了", done.text("kc-page-title"));
        assertEquals("password", setup.loginMethod(id));

        Account registered = account(id);
        assertRefused(open(new BrowserFlowClient(realm), first), id, "mdrive_link_void");
        assertEquals(registered, account(id));
        assertTrue(passesPassword(email, NEW_PASSWORD), "the password set through the second link stands");
    }

    @Test
    @DisplayName("R-SEC-6 an invitation link is void once its user has a login method: no password set, the 2SV registration intact")
    void invitationAfterRegistration() {
        Own own = setup.ownContract("registered", Map.of("mdrive.two-step-verification", "true"));
        String email = "registered" + DOMAIN;
        String id = setup.invitedId(own, email);
        String invitation = newestLink(email, 1, INVITATION);

        // registered another way than by the link (an admin set a password), then enrolled in 2SV at sign-in
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DemoRealm.PASSWORD);
        password.setTemporary(false);
        realm.admin().users().get(id).resetPassword(password);
        new BearerClient(realm).token(email, DemoRealm.PASSWORD);
        Account before = account(id);
        assertTrue(before.credentials().stream().anyMatch(c -> c.startsWith("otp ")), "enrolled: " + before.credentials());

        BrowserFlowClient attacker = new BrowserFlowClient(realm);
        BrowserFlowClient.Page refused = open(attacker, invitation);
        assertRefused(refused, id, "mdrive_link_void");
        assertFalse(refused.has("mdrive-setup-choose-form"), "no page to set a password on");
        assertEquals(before, account(id), "password and 2SV registration as they were");
        assertTrue(passesPassword(email, DemoRealm.PASSWORD));
    }

    @Test
    @DisplayName("R-SEC-6 a newer change link voids the older, even on pages it opened; a completed setup voids every link sent before")
    void newerChangeLinkAndCompletedSetup() {
        Member member = member("changes", "ja");
        String email = member.email();
        String id = member.id();
        sendChangeLink(member, "{\"change\":\"login-method\"}");
        String older = newestLink(email, 1, LOGIN_METHOD_CHANGE);
        BrowserFlowClient early = new BrowserFlowClient(realm);
        BrowserFlowClient.Page earlyPage = submit(early, open(early, older), "mdrive-setup-choose-form", Map.of("choice", "password"));
        assertTrue(earlyPage.has("mdrive-setup-password-form"), earlyPage.body());

        sendChangeLink(member, "{\"change\":\"login-method\"}");
        String newer = newestLink(email, 2, LOGIN_METHOD_CHANGE);
        String moved = "changes-moved" + DOMAIN;
        sendChangeLink(member, "{\"change\":\"email\",\"email\":\"" + moved + "\"}");
        String emailLink = newestLink(moved, 1, EMAIL_CHANGE);

        Account before = account(id);
        assertRefused(open(new BrowserFlowClient(realm), older), id, "mdrive_link_void");
        assertRefused(submit(early, earlyPage, "mdrive-setup-password-form", passwords(NEW_PASSWORD)), id, "link_void");
        assertEquals(before, account(id), "neither the link nor the pages it opened changed anything");
        assertTrue(passesPassword(email, DemoRealm.PASSWORD));

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page passwordPage = submit(browser, open(browser, newer), "mdrive-setup-choose-form", Map.of("choice", "password"));
        BrowserFlowClient.Page done = submit(browser, passwordPage, "mdrive-setup-password-form", passwords(NEW_PASSWORD));
        assertTrue(done.has("mdrive-done-ok"), done.body());
        assertTrue(passesPassword(email, NEW_PASSWORD));

        Account completed = account(id);
        assertRefused(open(new BrowserFlowClient(realm), emailLink), id, "mdrive_link_void");
        assertEquals(completed, account(id));
        assertEquals(email, completed.email(), "the e-mail change link sent before the setup completed moved nothing");
    }

    @Test
    @DisplayName("R-SEC-6 a password reset voids the change and unblock links sent before")
    void passwordResetVoidsLinks() {
        Member member = member("reset-voids", "ja");
        String email = member.email();
        String id = member.id();
        sendChangeLink(member, "{\"change\":\"login-method\"}");
        String methodLink = newestLink(email, 1, LOGIN_METHOD_CHANGE);
        for (int i = 0; i < 10; i++) {
            passesPassword(email, LockoutTest.WRONG);
        }
        String unblock = newestLink(email, 2, ACCOUNT_LOCK);

        requestReset(email);
        String reset = newestLink(email, 3, PASSWORD_RESET);
        BrowserFlowClient resetBrowser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page resetPage = resetBrowser.get(reset);
        assertTrue(resetBrowser.post(resetPage.formAction("mdrive-reset-password-form"), passwords(NEW_PASSWORD)).says(PasswordResetTest.DONE_JA));

        Account before = account(id);
        assertRefused(open(new BrowserFlowClient(realm), methodLink), id, "mdrive_link_void");
        assertRefused(new BrowserFlowClient(realm).get(unblock), id, "mdrive_link_void");
        assertEquals(before, account(id));
        assertTrue(passesPassword(email, NEW_PASSWORD), "the reset password stands, unlocked");
    }

    @Test
    @DisplayName("R-SEC-6 a password change voids a reset page already open")
    void passwordChangeVoidsOpenReset() {
        Member member = member("reset-newer", "ja");
        String email = member.email();
        String id = member.id();
        // one reset mail per address in 5 minutes (R-SEC-7): a newer reset link voiding the older is the
        // same generation as the change links' (newerChangeLinkAndCompletedSetup); here the open reset page meets a password change
        requestReset(email);
        String newer = newestLink(email, 1, PASSWORD_RESET);

        BrowserFlowClient resetBrowser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page resetPage = resetBrowser.get(newer);
        assertTrue(resetPage.has("mdrive-reset-password-form"), resetPage.body());

        BrowserFlowClient menuBrowser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page menu = SettingsMenu.signIn(menuBrowser, email, DemoRealm.PASSWORD);
        BrowserFlowClient.Page changed = SettingsMenu.submit(menuBrowser, SettingsMenu.open(menuBrowser, menu, "password"),
                "mdrive-settings-password-form", Map.of("password", DemoRealm.PASSWORD, "password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertTrue(changed.has("mdrive-settings-to-menu"), changed.body());

        Account afterChange = account(id);
        BrowserFlowClient.Page late = resetBrowser.post(resetPage.formAction("mdrive-reset-password-form"), passwords(NEW_PASSWORD + "x"));
        assertRefused(late, id, "link_void");
        assertEquals(afterChange, account(id));
        assertTrue(passesPassword(email, NEW_PASSWORD), "the password of the settings menu stands");
    }

    @Test
    @DisplayName("R-SEC-6 an e-mail change tells the old address (ja by an admin's link, en by the contractor's menu); the new gets nothing more")
    void emailChangeNotice() {
        Member member = member("notice", "ja");
        String old = member.email();
        String id = member.id();
        sendChangeLink(member, "{\"change\":\"login-method\"}");
        String leftOver = newestLink(old, 1, LOGIN_METHOD_CHANGE);
        String moved = "notice-moved" + DOMAIN;
        sendChangeLink(member, "{\"change\":\"email\",\"email\":\"" + moved + "\"}");
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page done = submit(browser, open(browser, newestLink(moved, 1, EMAIL_CHANGE)), "mdrive-setup-email-form",
                passwords(NEW_PASSWORD));
        assertTrue(done.has("mdrive-done-ok"), done.body());

        List<MimeMessage> toOld = Mails.awaitTo(mail, old, 2);
        assertEquals(2, toOld.size(), "the notice to the old address");
        MimeMessage notice = toOld.get(1);
        assertEquals(EMAIL_CHANGED.ja, Mails.subject(notice));
        String text = Mails.text(notice);
        Mails.assertSays(text, "Test Taro様",
                "M-Driveにご登録のメールアドレス (ID) が変更されましたので、お知らせいたします。",
                "変更後のメールアドレス: n***@l***.example",
                "お心当たりのない場合は、第三者により変更された可能性があります。");
        assertTrue(text.matches("(?s).*変更日時: \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2} \\(日本時間\\).*"), text);
        assertFalse(text.contains(moved) || Mails.html(notice).contains(moved), "the new address is not given away");
        Map<String, List<MimeMessage>> mails = Mails.quietTo(mail, Map.of(moved, 1, old, 2));
        assertEquals(1, mails.get(moved).size(), "the new address got its link and nothing more");
        assertEquals(2, mails.get(old).size());

        Account changed = account(id);
        assertRefused(open(new BrowserFlowClient(realm), leftOver), id, "invalid_email");
        assertEquals(changed, account(id), "a link to the old address acts on nothing");

        Own english = setup.ownContract("notice-en", Map.of());
        String contractorId = english.contract().contractorId();
        UserRepresentation contractor = realm.admin().users().get(contractorId).toRepresentation();
        contractor.getAttributes().put("locale", List.of("en"));
        realm.admin().users().get(contractorId).update(contractor);
        String movedContractor = "notice-en-moved" + DOMAIN;
        BearerClient.Answer asked = new BearerClient(realm).post("/mdrive/me/email-change", english.token(),
                "{\"email\":\"" + movedContractor + "\",\"emailConfirmation\":\"" + movedContractor + "\"}");
        assertEquals(202, asked.status(), asked.body());
        BrowserFlowClient contractorBrowser = new BrowserFlowClient(realm);
        assertTrue(submit(contractorBrowser, open(contractorBrowser, Mails.link(Mails.awaitTo(mail, movedContractor, 1).get(0))), "mdrive-setup-email-form",
                passwords(NEW_PASSWORD)).has("mdrive-done-ok"));
        List<MimeMessage> toOldContractor = Mails.awaitTo(mail, english.contract().contractor(), 1);
        assertEquals(1, toOldContractor.size());
        assertEquals("[M-Drive] Your e-mail address was changed", Mails.subject(toOldContractor.get(0)));
        assertTrue(Mails.text(toOldContractor.get(0)).contains("New e-mail address: n***@l***.example"));
    }

    @Test
    @DisplayName("R-SEC-9 a provider-setup URL forwarded to another browser links nothing; the browser that started it still finishes")
    void forwardedProviderSetup() {
        Own own = setup.ownContract("forwarded", Map.of());
        String email = "forwarded" + DOMAIN;
        String id = setup.invitedId(own, email);
        BrowserFlowClient starter = new BrowserFlowClient(realm);
        BrowserFlowClient.Page confirm = submit(starter, open(starter, newestLink(email, 1, INVITATION)), "mdrive-setup-choose-form",
                Map.of("choice", MICROSOFT));
        BrowserFlowClient.Page toProvider = starter.post(confirm.formAction("mdrive-setup-confirm-form"), Map.of("confirm", "true"));
        assertEquals(303, toProvider.status(), toProvider.body());
        String forwarded = toProvider.location();
        assertTrue(forwarded.contains("mdrive_setup="), forwarded);

        Account before = account(id);
        String stranger = "stranger@outlook.example";
        BrowserFlowClient other = new BrowserFlowClient(realm);
        BrowserFlowClient.Page refused = setup.signInAtProvider(other, other.follow(other.get(forwarded)), stranger);
        assertRefused(refused, id, "setup_other_browser");
        assertEquals(before, account(id), "no login method, no provider link");
        assertNull(setup.loginMethod(id));
        assertTrue(realm.admin().users().searchByEmail(stranger, true).isEmpty(), "and no user made for the stranger's account");

        String account = "forwarded-own@outlook.example";
        BrowserFlowClient.Page done = setup.signInAtProvider(starter, starter.follow(starter.get(forwarded)), account);
        assertEquals("申込完了", done.text("kc-page-title"), done.body());
        assertEquals(MICROSOFT, setup.loginMethod(id));
        assertEquals(List.of(MICROSOFT + " " + account), account(id).links());
    }
}
