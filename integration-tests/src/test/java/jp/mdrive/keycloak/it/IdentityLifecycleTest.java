package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static jp.mdrive.keycloak.it.Brokers.FACEBOOK;
import static jp.mdrive.keycloak.it.Brokers.MICROSOFT;
import static jp.mdrive.keycloak.it.SetupPages.open;
import static jp.mdrive.keycloak.it.SetupPages.submit;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;

import jp.mdrive.keycloak.it.SetupPages.Own;

/**
 * R-ID-1 … R-ID-5 on the real server: invitations, the contractor's own login-method and e-mail
 * changes, links sent by a contract admin, and what the links refuse. Identity providers
 * "facebook" and "microsoft" are both played by a second realm, so Keycloak's broker runs for real.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class IdentityLifecycleTest extends TimeTravelBase {

    static final String DOMAIN = "@lifecycle.example";
    static final String CONNECTION_ID = "adfs-LIFECYCLE000000001";
    static final String NEW_PASSWORD = "Lifecycle-2nd";

    @InjectRealm(ref = "lifecycle-idp", config = IdpRealm.class)
    ManagedRealm idp;

    SetupPages setup;

    @BeforeEach
    void providers() {
        setup = new SetupPages(realm, idp);
        Brokers.registerOidc(realm, idp, FACEBOOK);
        Brokers.registerOidc(realm, idp, MICROSOFT);
    }

    private MimeMessage onlyMail(String address, String subject) {
        MimeMessage only = Mails.only(mail, address);
        assertEquals(subject, Mails.subject(only));
        return only;
    }

    /** The invitation mail to that address (the only one) opened in the browser. */
    private BrowserFlowClient.Page openInvitation(BrowserFlowClient browser, String email) {
        return open(browser, Mails.link(onlyMail(email, MailSubject.INVITATION.ja)));
    }

    private UserRepresentation user(String id) {
        return realm.admin().users().get(id).toRepresentation();
    }

    private List<String> credentialTypes(String id) {
        return realm.admin().users().get(id).credentials().stream().map(CredentialRepresentation::getType).toList();
    }

    private List<String> links(String id) {
        return realm.admin().users().get(id).getFederatedIdentity().stream().map(FederatedIdentityRepresentation::getIdentityProvider).toList();
    }

    /** Signs in at the provider realm as that address (its account made on first use), then back at mdrive. */
    private BrowserFlowClient.Page viaProvider(String alias, String email) {
        setup.providerAccount(email);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = browser.follow(browser.authorize("ja", "&kc_idp_hint=" + alias));
        if (page.has("kc-form-login")) {
            page = browser.follow(browser.post(page.formAction("kc-form-login"),
                    Map.of("username", email, "password", DemoRealm.PASSWORD, "credentialId", "")));
        }
        return page;
    }

    private static Map<String, String> passwords(String password, String confirmation) {
        return Map.of("choice", "password", "password-new", password, "password-confirm", confirmation);
    }

    @Test
    @DisplayName("R-ID-1 R-PWD-1 an invited user registers a password: 利用者ログイン登録 → 申込確認 → 申込完了, then signs in")
    void invitationWithPassword() {
        Own own = setup.ownContract("invite-pw", Map.of());
        String email = "invited-pw" + DOMAIN;
        String id = setup.invitedId(own, email);
        assertNull(setup.loginMethod(id), "no method before registering");
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, NEW_PASSWORD).passedPassword());

        MimeMessage invitation = onlyMail(email, MailSubject.INVITATION.ja);
        String text = Mails.text(invitation);
        Mails.assertSays(text, "招待 花子 様",
                own.contract().contractor() + "より招待 花子様が",
                "14日以内に下記URLへアクセスして利用者登録を完了してください。",
                "■利用者登録用URL");

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page choose = open(browser, Mails.link(invitation));
        assertEquals("利用者ログイン登録", choose.text("kc-page-title"));
        assertTrue(choose.has("mdrive-setup-" + FACEBOOK) && choose.has("mdrive-setup-" + MICROSOFT), "providers offered");
        assertFalse(choose.has("mdrive-setup-ad"), "no AD: the contract has none");

        BrowserFlowClient.Page mismatch = submit(browser, choose, "mdrive-setup-choose-form", passwords(NEW_PASSWORD, NEW_PASSWORD + "x"));
        assertTrue(mismatch.has("mdrive-setup-choose-form"), mismatch.body());
        BrowserFlowClient.Page weak = submit(browser, mismatch, "mdrive-setup-choose-form", passwords("abcdefgh1", "abcdefgh1"));
        assertTrue(weak.says("3種類以上を含めてください"), weak.body());

        BrowserFlowClient.Page confirm = submit(browser, weak, "mdrive-setup-choose-form", passwords(NEW_PASSWORD, NEW_PASSWORD));
        assertEquals("申込確認", confirm.text("kc-page-title"));
        assertEquals("メールアドレス・パスワードで登録", confirm.text("mdrive-setup-confirm-method"));
        assertEquals("管理者メールアドレス", confirm.text("mdrive-setup-confirm-email-label"), "manual 1.5 (3)'s label");
        assertEquals(email, confirm.text("mdrive-setup-confirm-email"));
        assertEquals("(非表示)", confirm.text("mdrive-setup-confirm-password"));
        assertFalse(confirm.body().contains(NEW_PASSWORD), "the password is never shown");
        assertNull(setup.loginMethod(id), "nothing stored before 確認");
        assertFalse(credentialTypes(id).contains("password"));

        BrowserFlowClient.Page done = submit(browser, confirm, "mdrive-setup-confirm-form", Map.of("confirm", "true"));
        assertEquals("申込完了", done.text("kc-page-title"));
        assertTrue(done.has("mdrive-done-ok"));
        assertEquals("password", setup.loginMethod(id));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, NEW_PASSWORD).loggedIn());
        assertEquals("mdrive_invitation", Events.of(realm, id, "UPDATE_PROFILE").get(0).getDetails().get("reason"));
    }

    @Test
    @DisplayName("R-ID-1 R-LOGIN-2 an invited user registers a provider by signing in there: that account is linked, whatever its address")
    void invitationWithProvider() {
        Own own = setup.ownContract("invite-idp", Map.of());
        String email = "invited-ms" + DOMAIN;
        String id = setup.invitedId(own, email);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page choose = openInvitation(browser, email);
        assertEquals("Microsoftアカウントで登録", choose.text("mdrive-setup-" + MICROSOFT));

        BrowserFlowClient.Page confirm = submit(browser, choose, "mdrive-setup-choose-form", Map.of("choice", MICROSOFT));
        assertEquals("Microsoftアカウントで登録", confirm.text("mdrive-setup-confirm-method"));
        assertFalse(confirm.has("mdrive-setup-confirm-password"));
        BrowserFlowClient.Page providerLogin = submit(browser, confirm, "mdrive-setup-confirm-form", Map.of("confirm", "true"));
        assertNull(setup.loginMethod(id), "nothing changes before the provider's sign-in");

        String personal = "hanako.personal@outlook.example";
        BrowserFlowClient.Page done = setup.signInAtProvider(browser, providerLogin, personal);
        assertEquals(200, done.status(), done.body());
        assertEquals("申込完了", done.text("kc-page-title"));
        assertEquals(MICROSOFT, setup.loginMethod(id));
        assertFalse(credentialTypes(id).contains("password"));
        assertEquals(List.of(MICROSOFT), links(id));
        assertEquals(personal, realm.admin().users().get(id).getFederatedIdentity().get(0).getUserName(),
                "the account signed in at the provider, though its address is not the registered one");
        assertEquals("mdrive_invitation", Events.of(realm, id, "UPDATE_PROFILE").get(0).getDetails().get("reason"));

        assertTrue(viaProvider(MICROSOFT, personal).loggedIn(), "that account signs in from now on");
        BrowserFlowClient.Page reused = openInvitation(new BrowserFlowClient(realm), email);
        assertFalse(reused.has("mdrive-setup-choose-form"), "the link was spent by the provider's sign-in");
    }

    @Test
    @DisplayName("R-ID-1 R-ID-5 a provider account that is already another user's is refused at registration, and nothing changes")
    void providerAccountOfAnotherUser() {
        Own own = setup.ownContract("invite-taken", Map.of());
        String first = "first-fb" + DOMAIN;
        String firstId = setup.invitedId(own, first);
        BrowserFlowClient one = new BrowserFlowClient(realm);
        BrowserFlowClient.Page oneConfirm = submit(one, openInvitation(one, first),
                "mdrive-setup-choose-form", Map.of("choice", FACEBOOK));
        String shared = "shared-fb@facebook.example";
        setup.signInAtProvider(one, submit(one, oneConfirm, "mdrive-setup-confirm-form", Map.of("confirm", "true")), shared);
        assertEquals(List.of(FACEBOOK), links(firstId));

        String second = "second-fb" + DOMAIN;
        String secondId = setup.invitedId(own, second);
        BrowserFlowClient two = new BrowserFlowClient(realm);
        BrowserFlowClient.Page twoConfirm = submit(two, openInvitation(two, second),
                "mdrive-setup-choose-form", Map.of("choice", FACEBOOK));
        BrowserFlowClient.Page refused = setup.signInAtProvider(two, submit(two, twoConfirm, "mdrive-setup-confirm-form", Map.of("confirm", "true")),
                shared);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.says("既に他の利用者のログイン方法として登録されている"), refused.body());
        assertNull(setup.loginMethod(secondId), "the second user is unchanged");
        assertTrue(links(secondId).isEmpty());
        assertEquals(List.of(FACEBOOK), links(firstId), "and the first keeps the account");
    }

    @Test
    @DisplayName("R-ID-1 R-LOGIN-3 with AD on the contract, an invited user confirms the connection ID and registers AD")
    void invitationWithActiveDirectory() {
        Brokers.registerOidc(realm, idp, CONNECTION_ID);
        Own own = setup.ownContract("invite-ad", Map.of("mdrive.ad.connection-id", CONNECTION_ID));
        String email = "invited-ad" + DOMAIN;
        String id = setup.invitedId(own, email);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page choose = openInvitation(browser, email);
        assertEquals("Active Directoryアカウントで登録", choose.text("mdrive-setup-ad"));

        BrowserFlowClient.Page connectionId = submit(browser, choose, "mdrive-setup-choose-form", Map.of("choice", "ad"));
        assertEquals("接続ID確認", connectionId.text("kc-page-title"));
        assertEquals(CONNECTION_ID, connectionId.text("mdrive-setup-connection-id"));
        BrowserFlowClient.Page confirm = submit(browser, connectionId, "mdrive-setup-connection-id-form", Map.of("confirm", "true"));
        assertEquals("Active Directoryアカウントで登録", confirm.text("mdrive-setup-confirm-method"));
        assertEquals(CONNECTION_ID, confirm.text("mdrive-setup-confirm-connection-id"));
        BrowserFlowClient.Page done = setup.signInAtProvider(browser, submit(browser, confirm, "mdrive-setup-confirm-form", Map.of("confirm", "true")),
                "taro@corp.example");
        assertEquals("申込完了", done.text("kc-page-title"));
        assertEquals("ad", setup.loginMethod(id));
        assertEquals(List.of(CONNECTION_ID), links(id), "linked to the contract's ADFS");

        BrowserFlowClient.Page contractorsOwn = open(new BrowserFlowClient(realm), (String) new BearerClient(realm)
                .post("/mdrive/me/login-method-change", own.token(), "").json().get("url"));
        assertTrue(contractorsOwn.has("mdrive-setup-choose-form"), contractorsOwn.body());
        assertFalse(contractorsOwn.has("mdrive-setup-ad"), "R-ID-2 the contractor cannot choose AD");
    }

    @Test
    @DisplayName("R-ID-1 inviting is for the contract's admins; a taken or malformed address is refused; inviting again resends")
    void invitationRules() {
        Own own = setup.ownContract("invite-rules", Map.of());
        BearerClient.Answer malformed = setup.invite(own, "not-an-address");
        assertEquals(400, malformed.status());
        assertEquals("mdrive.api.invalidEmail", malformed.json().get("error"));
        BearerClient.Answer taken = setup.invite(own, DemoRealm.BASIC_USER);
        assertEquals(409, taken.status());
        assertTrue(((String) taken.json().get("message")).contains("既に登録されています"));

        String email = "invited-twice" + DOMAIN;
        String id = setup.invitedId(own, email);
        BearerClient.Answer again = setup.invite(own, email);
        assertEquals(201, again.status(), again.body());
        assertEquals(id, again.json().get("id"));
        assertEquals(2, Mails.quietTo(mail, email, 2).size());

        BearerClient client = new BearerClient(realm);
        BearerClient.Answer byUser = client.post("/mdrive/contracts/" + DemoRealm.BASIC_CONTRACT + "/invitations",
                client.token(DemoRealm.BASIC_USER, DemoRealm.PASSWORD), "{\"email\":\"x" + DOMAIN + "\",\"lastName\":\"a\",\"firstName\":\"b\"}");
        assertEquals(403, byUser.status());
    }

    @Test
    @DisplayName("R-ID-1 a body that is not JSON is a 400, never a 500 or a stack trace")
    void malformedBody() {
        Own own = setup.ownContract("malformed", Map.of());
        BearerClient.Answer answer = new BearerClient(realm).post("/mdrive/contracts/" + own.contract().alias() + "/invitations",
                own.token(), "{\"email\": ");
        assertEquals(400, answer.status());
        assertEquals(Map.of("error", "mdrive.api.invalidBody",
                "message", "リクエストの本文を読み取れません。JSONのオブジェクトで、各項目を一度だけ指定してください。"), answer.json());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), answer.body());
    }

    @Test
    @DisplayName("R-ID-5 a link is refused once used, after 14 days, when tampered with, and once its user's address changed")
    void linkRules() {
        Own own = setup.ownContract("link-rules", Map.of());
        String email = "link-rules" + DOMAIN;
        String id = setup.invitedId(own, email);
        String link = Mails.link(onlyMail(email, MailSubject.INVITATION.ja));

        String tampered = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        BrowserFlowClient.Page bad = open(new BrowserFlowClient(realm), tampered);
        assertEquals(400, bad.status());
        assertFalse(bad.has("mdrive-setup-choose-form"));

        timeOffSet.set(LockoutTest.FOURTEEN_DAYS + 3600);
        BrowserFlowClient.Page expired = open(new BrowserFlowClient(realm), link);
        assertFalse(expired.has("mdrive-setup-choose-form"), "expired after 14 days");
        timeOffSet.set(0);

        // two tabs with the same link: the first to finish spends it, the other changes nothing
        BrowserFlowClient first = new BrowserFlowClient(realm);
        BrowserFlowClient second = new BrowserFlowClient(realm);
        BrowserFlowClient.Page firstChoose = open(first, link);
        BrowserFlowClient.Page secondChoose = open(second, link);
        BrowserFlowClient.Page secondConfirm = submit(second, secondChoose, "mdrive-setup-choose-form", passwords(NEW_PASSWORD + "2", NEW_PASSWORD + "2"));
        BrowserFlowClient.Page firstConfirm = submit(first, firstChoose, "mdrive-setup-choose-form", passwords(NEW_PASSWORD, NEW_PASSWORD));
        assertEquals("申込完了", submit(first, firstConfirm, "mdrive-setup-confirm-form", Map.of("confirm", "true")).text("kc-page-title"));
        BrowserFlowClient.Page late = submit(second, secondConfirm, "mdrive-setup-confirm-form", Map.of("confirm", "true"));
        assertEquals(400, late.status());
        assertTrue(late.says("このURLは無効です"), late.body());
        assertEquals("password", setup.loginMethod(id), "the second tab changed nothing");

        BrowserFlowClient.Page reused = open(new BrowserFlowClient(realm), link);
        assertFalse(reused.has("mdrive-setup-choose-form"), "used once");

        // a link to the old address is useless once the address changed
        BearerClient.Answer sent = new BearerClient(realm).post("/mdrive/contracts/" + own.contract().alias() + "/members/" + id + "/change-link",
                own.token(), "{\"change\":\"login-method\"}");
        assertEquals(202, sent.status(), sent.body());
        String methodLink = Mails.link(Mails.awaitTo(mail, email, 2).get(1));
        UserRepresentation changed = user(id);
        changed.setEmail("link-rules-moved" + DOMAIN);
        realm.admin().users().get(id).update(changed);
        BrowserFlowClient.Page stale = open(new BrowserFlowClient(realm), methodLink);
        assertEquals(400, stale.status());
        assertTrue(stale.says("このURLは無効です"), stale.body());
    }

    @Test
    @DisplayName("R-ID-2 R-2SV-8 the basic contractor switches from password to a provider: the password and 2SV registration go")
    void contractorChangesLoginMethod() {
        Own own = setup.ownContract("self-method", Map.of("mdrive.two-step-verification", "true"));
        String id = own.contract().contractorId();
        assertTrue(credentialTypes(id).contains("otp"), "enrolled in 2SV while getting its token");
        BearerClient.Answer answer = new BearerClient(realm).post("/mdrive/me/login-method-change", own.token(), "");
        assertEquals(200, answer.status(), answer.body());

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page choose = open(browser, (String) answer.json().get("url"));
        assertEquals("ログイン方法の設定", choose.text("kc-page-title"));
        assertTrue(choose.text("mdrive-setup-current").contains("メールアドレス・パスワード"), choose.body());
        assertTrue(choose.has("mdrive-setup-sign-out-advice") && choose.has("mdrive-setup-facebook-note"));

        BrowserFlowClient.Page providerLogin = submit(browser, choose, "mdrive-setup-choose-form", Map.of("choice", FACEBOOK));
        assertTrue(credentialTypes(id).contains("password"), "nothing changes before the provider's sign-in");
        BrowserFlowClient.Page done = setup.signInAtProvider(browser, providerLogin, own.contract().contractor());
        assertEquals("ログイン方法の設定", done.text("kc-page-title"));
        assertTrue(done.has("mdrive-done-ok"));
        assertEquals(FACEBOOK, setup.loginMethod(id));
        assertFalse(credentialTypes(id).contains("password"), "switching away from password removes it");
        assertFalse(credentialTypes(id).contains("otp"), "R-2SV-8 and the 2SV registration with it");
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(own.contract().contractor(), DemoRealm.PASSWORD).passedPassword());
        assertTrue(viaProvider(FACEBOOK, own.contract().contractor()).loggedIn());
    }

    @Test
    @DisplayName("R-ID-2 R-ID-3 a trial contractor and a non-contractor are refused by the server")
    void onlyBasicContractors() {
        BearerClient client = new BearerClient(realm);
        String trial = client.token(Organizations.runningTrial(realm, "trial-own-change").contractor(), DemoRealm.PASSWORD);
        BearerClient.Answer method = client.post("/mdrive/me/login-method-change", trial, "");
        assertEquals(403, method.status());
        assertEquals("mdrive.api.trialCannotChange", method.json().get("error"));
        BearerClient.Answer email = client.post("/mdrive/me/email-change", trial,
                "{\"email\":\"trial-new" + DOMAIN + "\",\"emailConfirmation\":\"trial-new" + DOMAIN + "\"}");
        assertEquals(403, email.status());

        BearerClient.Answer user = client.post("/mdrive/me/login-method-change", client.token(DemoRealm.BASIC_USER, DemoRealm.PASSWORD), "");
        assertEquals(403, user.status());
        assertEquals("mdrive.api.contractorOnly", user.json().get("error"));
    }

    @Test
    @DisplayName("R-ID-3 R-2SV-8 the contractor changes the address: mail to the new one, password set on the confirm page, 2SV reset")
    void contractorChangesEmail() {
        Own own = setup.ownContract("self-email", Map.of("mdrive.two-step-verification", "true"));
        String id = own.contract().contractorId();
        assertTrue(credentialTypes(id).contains("otp"), "enrolled in 2SV while getting its token");
        String newAddress = "moved-contractor" + DOMAIN;
        BearerClient client = new BearerClient(realm);

        BearerClient.Answer mismatch = client.post("/mdrive/me/email-change", own.token(),
                "{\"email\":\"" + newAddress + "\",\"emailConfirmation\":\"other" + DOMAIN + "\"}");
        assertEquals(400, mismatch.status());
        assertEquals("mdrive.api.emailConfirmationMismatch", mismatch.json().get("error"));
        BearerClient.Answer taken = client.post("/mdrive/me/email-change", own.token(),
                "{\"email\":\"" + DemoRealm.BASIC_USER + "\",\"emailConfirmation\":\"" + DemoRealm.BASIC_USER + "\"}");
        assertEquals(409, taken.status());
        BearerClient.Answer accepted = client.post("/mdrive/me/email-change", own.token(),
                "{\"email\":\"" + newAddress + "\",\"emailConfirmation\":\"" + newAddress + "\"}");
        assertEquals(202, accepted.status(), accepted.body());

        MimeMessage change = onlyMail(newAddress, MailSubject.EMAIL_CHANGE.ja);
        assertTrue(Mails.text(change).contains("ご登録いただきましたメールアドレスへの変更を完了してください。"));
        assertEquals(own.contract().contractor(), user(id).getEmail(), "nothing changes before the link is used");

        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = open(browser, Mails.link(change));
        assertEquals("メールアドレス変更確認", page.text("kc-page-title"));
        assertEquals(newAddress, page.text("mdrive-setup-new-email"));
        assertTrue(page.has("mdrive-setup-two-step-note"));
        BrowserFlowClient.Page weak = submit(browser, page, "mdrive-setup-email-form", Map.of("password-new", "short", "password-confirm", "short"));
        assertTrue(weak.has("mdrive-setup-email-form"));
        assertEquals(own.contract().contractor(), user(id).getEmail());

        BrowserFlowClient.Page done = submit(browser, weak, "mdrive-setup-email-form", Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertEquals("メールアドレス変更確認", done.text("kc-page-title"));
        assertTrue(done.has("mdrive-done-ok"));
        UserRepresentation changed = user(id);
        assertEquals(newAddress, changed.getEmail());
        assertEquals(newAddress, changed.getUsername());
        assertFalse(credentialTypes(id).contains("otp"), "2SV registration reset");
        assertFalse(new BrowserFlowClient(realm).openLoginPage("ja").logIn(own.contract().contractor(), DemoRealm.PASSWORD).passedPassword());
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(newAddress, NEW_PASSWORD).passedPassword());
        assertEquals(own.contract().contractor(), Events.of(realm, id, "UPDATE_EMAIL").get(0).getDetails().get("previous_email"));
    }

    @Test
    @DisplayName("R-ID-4 a contract admin sends a login-method link or an e-mail link, never both; Facebook to Facebook is refused")
    void adminSentLinks() {
        Own own = setup.ownContract("admin-links", Map.of());
        String email = "member-fb" + DOMAIN;
        String id = DemoUsers.create(realm, email, "ja");
        Organizations.join(own.contract().resource(), id);
        DemoUsers.setLoginMethod(realm, id, FACEBOOK);
        BearerClient client = new BearerClient(realm);
        String path = "/mdrive/contracts/" + own.contract().alias() + "/members/" + id + "/change-link";

        BearerClient.Answer both = client.post(path, own.token(), "{\"change\":\"login-method\",\"email\":\"new-fb" + DOMAIN + "\"}");
        assertEquals(400, both.status());
        assertTrue(((String) both.json().get("message")).contains("同時に実施できません"));
        assertEquals(400, client.post(path, own.token(), "{\"change\":\"both\"}").status());
        assertEquals(400, client.post(path, own.token(), "{\"change\":\"email\",\"email\":\"" + email + "\"}").status(), "unchanged address");
        assertEquals(404, client.post("/mdrive/contracts/" + own.contract().alias() + "/members/" + DemoRealm.BASIC_USER_ID + "/change-link",
                own.token(), "{\"change\":\"login-method\"}").status(), "not a member of this contract");

        assertEquals(202, client.post(path, own.token(), "{\"change\":\"login-method\"}").status());
        MimeMessage methodMail = onlyMail(email, MailSubject.LOGIN_METHOD_CHANGE.ja);
        assertTrue(Mails.text(methodMail).contains("ログイン方法の設定変更を完了してください。"));
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page choose = open(browser, Mails.link(methodMail));
        assertTrue(choose.text("mdrive-setup-current").contains("Facebookアカウント"), choose.body());
        BrowserFlowClient.Page refused = submit(browser, choose, "mdrive-setup-choose-form", Map.of("choice", FACEBOOK));
        assertTrue(refused.says("異なるFacebookアカウントへは切り替えできません"), refused.body());
        assertEquals(FACEBOOK, setup.loginMethod(id));

        BrowserFlowClient.Page passwordPage = submit(browser, refused, "mdrive-setup-choose-form", Map.of("choice", "password"));
        assertEquals("メールアドレス・パスワード認証の設定", passwordPage.text("kc-page-title"));
        assertEquals(email, passwordPage.text("mdrive-setup-email"));
        BrowserFlowClient.Page done = submit(browser, passwordPage, "mdrive-setup-password-form",
                Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertTrue(done.has("mdrive-done-ok"), done.body());
        assertEquals("password", setup.loginMethod(id));
        assertTrue(new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, NEW_PASSWORD).loggedIn());

        String newAddress = "member-moved" + DOMAIN;
        assertEquals(202, client.post(path, own.token(), "{\"change\":\"email\",\"email\":\"" + newAddress + "\"}").status());
        onlyMail(newAddress, MailSubject.EMAIL_CHANGE.ja);
        assertEquals(1, Mails.to(mail, email).size(), "the e-mail link goes to the new address only");
    }

    @Test
    @DisplayName("R-ID-1 R-ID-4 across two contracts: one contract's contractor can neither invite into nor send links for another")
    void otherContractsRefused() {
        Own mine = setup.ownContract("cross-mine", Map.of());
        Own theirs = setup.ownContract("cross-theirs", Map.of());
        BearerClient client = new BearerClient(realm);
        BearerClient.Answer invite = client.post("/mdrive/contracts/" + theirs.contract().alias() + "/invitations", mine.token(),
                "{\"email\":\"cross" + DOMAIN + "\",\"lastName\":\"a\",\"firstName\":\"b\"}");
        assertEquals(403, invite.status());
        assertTrue(realm.admin().users().searchByEmail("cross" + DOMAIN, true).isEmpty(), "nobody registered");
        BearerClient.Answer link = client.post("/mdrive/contracts/" + theirs.contract().alias() + "/members/"
                + theirs.contract().contractorId() + "/change-link", mine.token(), "{\"change\":\"login-method\"}");
        assertEquals(403, link.status());
        BearerClient.Answer viaOwn = client.post("/mdrive/contracts/" + mine.contract().alias() + "/members/"
                + theirs.contract().contractorId() + "/change-link", mine.token(), "{\"change\":\"login-method\"}");
        assertEquals(404, viaOwn.status(), "not a member of the caller's contract");
        assertTrue(Mails.quietTo(mail, theirs.contract().contractor(), 0).isEmpty(), "no mail went out");
    }

    @Test
    @DisplayName("R-ID-3 R-ID-4 a provider user's address changes by link without a password; the provider stays linked")
    void providerUserChangesEmail() {
        Own own = setup.ownContract("fed-email", Map.of());
        String email = "fed-email" + DOMAIN;
        String id = setup.invitedId(own, email);
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page choose = openInvitation(browser, email);
        BrowserFlowClient.Page confirm = submit(browser, choose, "mdrive-setup-choose-form", Map.of("choice", MICROSOFT));
        setup.signInAtProvider(browser, submit(browser, confirm, "mdrive-setup-confirm-form", Map.of("confirm", "true")), email);
        assertTrue(viaProvider(MICROSOFT, email).loggedIn());

        String newAddress = "fed-email-moved" + DOMAIN;
        BearerClient.Answer sent = new BearerClient(realm).post("/mdrive/contracts/" + own.contract().alias() + "/members/" + id
                + "/change-link", own.token(), "{\"change\":\"email\",\"email\":\"" + newAddress + "\"}");
        assertEquals(202, sent.status(), sent.body());
        BrowserFlowClient changer = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = open(changer, Mails.link(onlyMail(newAddress, MailSubject.EMAIL_CHANGE.ja)));
        assertFalse(page.has("password-new"), "no password for a provider user");
        BrowserFlowClient.Page done = submit(changer, page, "mdrive-setup-email-form", Map.of());
        assertTrue(done.has("mdrive-done-ok"), done.body());
        assertEquals(newAddress, user(id).getEmail());
        assertEquals(MICROSOFT, setup.loginMethod(id));
        assertEquals(List.of(MICROSOFT), links(id), "the provider link is by the provider's account, not the address");
    }

    @Test
    @DisplayName("R-ID-4 R-SEC-1 links to the contractor are refused, on a trial too: the contractor changes his own from the menu")
    void noLinksForTrialContractor() {
        BearerClient client = new BearerClient(realm);
        Organizations.OwnContract trial = Organizations.runningTrial(realm, "trial-links");
        String token = client.token(trial.contractor(), DemoRealm.PASSWORD);
        BearerClient.Answer answer = client.post("/mdrive/contracts/" + trial.alias() + "/members/" + trial.contractorId() + "/change-link",
                token, "{\"change\":\"login-method\"}");
        assertEquals(403, answer.status());
        assertEquals("mdrive.authority.contractorChangesOwn", answer.json().get("error"));
    }

    public static class IdpRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.clients(ClientBuilder.create().clientId(Brokers.CLIENT_ID).secret(Brokers.CLIENT_SECRET)
                    .redirectUris("http://localhost:8080/realms/mdrive/broker/*"));
        }
    }
}
