package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.util.JsonSerialization;

/**
 * R-SEC-4 on the real server: names an admin types for an invitation and the contract holder's
 * details are validated before they are stored (REST API and pages), and what is stored reaches the
 * mails escaped, even a value written behind the validation's back.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class TypedInputTest extends MailBase {

    private static final String LINK_MARKUP = "<a href=\"https://evil.example\">証明書</a>";
    private static final String LINK_ESCAPED = "&lt;a href=&quot;https://evil.example&quot;&gt;証明書&lt;/a&gt;";

    private static String address(Organizations.OwnContract contract, String name) {
        return name + "-" + contract.alias() + "@demo.m-drive.example";
    }

    private BearerClient.Answer invite(Organizations.OwnContract contract, String email, String lastName, String firstName) {
        try {
            BearerClient api = new BearerClient(realm);
            return api.post("/mdrive/contracts/" + contract.alias() + "/invitations", api.token(contract.contractor(), DemoRealm.PASSWORD),
                    JsonSerialization.writeValueAsString(Map.of("email", email, "lastName", lastName, "firstName", firstName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<UserRepresentation> users(String email) {
        return realm.admin().users().searchByEmail(email, true);
    }

    private MimeMessage invitation(String email) {
        MimeMessage invitation = Mails.awaitTo(mail, email, 1).get(0);
        assertEquals(MailSubject.INVITATION.ja, Mails.subject(invitation));
        return invitation;
    }

    @Test
    @DisplayName("R-SEC-4 an invitation whose name carries markup, control characters or 300 characters is refused 400 with the message; no user, no mail")
    void hostileNamesRefused() {
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "typed-hostile");
        String[][] cases = {
                {LINK_MARKUP, "太郎", "mdrive.api.nameInvalidCharacters"},
                {"山田", "<img src=x onerror=alert(1)>", "mdrive.api.nameInvalidCharacters"},
                {"山田\nhttps://evil.example/login", "太郎", "mdrive.api.nameInvalidCharacters"},
                {"山田", "太郎\u0000", "mdrive.api.nameInvalidCharacters"},
                // past Keycloak's own name validator, which knows only ASCII controls: ours refuses them
                {"山田\u009b", "太郎", "mdrive.api.nameInvalidCharacters"},
                {"山田", "\u202e太郎", "mdrive.api.nameInvalidCharacters"},
                {"山田", "太郎\u2028https://evil.example", "mdrive.api.nameInvalidCharacters"},
                {"あ".repeat(300), "太郎", "mdrive.api.nameTooLong"},
                {"山田", "x".repeat(300), "mdrive.api.nameTooLong"}};
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            String email = address(own, "hostile" + i);
            addresses.add(email);
            BearerClient.Answer answer = invite(own, email, cases[i][0], cases[i][1]);
            assertEquals(400, answer.status(), i + " " + answer.body());
            assertEquals(cases[i][2], answer.json().get("error"), i + " " + answer.body());
            assertTrue(users(email).isEmpty(), i + ": no user");
        }
        assertEquals("利用者の姓または名に使用できない文字が含まれています。記号（< > & \" / など）や改行などの制御文字は使用できません。",
                invite(own, address(own, "message"), LINK_MARKUP, "太郎").json().get("message"));
        assertEquals("利用者の姓と名は、それぞれ255文字以内で入力してください。",
                invite(own, address(own, "message"), "あ".repeat(300), "太郎").json().get("message"));

        UserRepresentation contractor = realm.admin().users().get(own.contractorId()).toRepresentation();
        contractor.getAttributes().put("locale", List.of("en"));
        realm.admin().users().get(own.contractorId()).update(contractor);
        assertEquals("The user's last or first name contains characters that cannot be used: symbols such as < > & \" / and control "
                + "characters such as line breaks.", invite(own, address(own, "message"), "山田", "\u202e太郎").json().get("message"));

        Map<String, Integer> none = new LinkedHashMap<>();
        addresses.forEach(email -> none.put(email, 0));
        Mails.quietTo(mail, none).forEach((email, mails) -> assertEquals(List.of(), mails, "no mail to " + email));
    }

    @Test
    @DisplayName("R-SEC-4 names with kanji, kana, spaces, hyphen and apostrophe are accepted and stand escaped and intact in both parts of the mail")
    void legitimateNames() {
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "typed-legit");
        String email = address(own, "obrien");
        BearerClient.Answer answer = invite(own, email, " O'Brien-山田 ", "太郎 かな");
        assertEquals(201, answer.status(), answer.body());
        UserRepresentation user = users(email).get(0);
        assertEquals("O'Brien-山田", user.getLastName());
        assertEquals("太郎 かな", user.getFirstName());

        MimeMessage invitation = invitation(email);
        String text = Mails.text(invitation);
        assertTrue(text.strip().startsWith("O'Brien-山田 太郎 かな 様"), text);
        assertTrue(text.contains(own.contractor() + "よりO'Brien-山田 太郎 かな様が"), text);
        String html = Mails.html(invitation);
        assertTrue(html.contains("O&#39;Brien-山田 太郎 かな 様"), html);
        assertTrue(html.contains(own.contractor() + "よりO&#39;Brien-山田 太郎 かな様が<br>"), html);
    }

    @Test
    @DisplayName("R-SEC-4 a hostile name stored behind the validation's back (admin API, checks relaxed) still reaches the mail escaped, on one line")
    void storedHostileNameEscaped() {
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "typed-stored");
        String email = address(own, "stored");
        UPConfig original = realm.admin().users().userProfile().getConfiguration();
        UPConfig relaxed = realm.admin().users().userProfile().getConfiguration();
        for (String name : new String[] {"lastName", "firstName"}) {
            relaxed.getAttribute(name).getValidations().remove("person-name-prohibited-characters");
        }
        String userId;
        realm.admin().users().userProfile().update(relaxed);
        try {
            UserRepresentation hostile = new UserRepresentation();
            hostile.setUsername(email);
            hostile.setEmail(email);
            hostile.setEnabled(true);
            hostile.setLastName(LINK_MARKUP);
            hostile.setFirstName("<img src=x onerror=alert(1)>\nhttps://evil.example/login");
            try (Response created = realm.admin().users().create(hostile)) {
                assertEquals(201, created.getStatus());
            }
            userId = users(email).get(0).getId();
        } finally {
            realm.admin().users().userProfile().update(original);
        }
        assertEquals(LINK_MARKUP, realm.admin().users().get(userId).toRepresentation().getLastName(), "stored as written");
        Organizations.join(own.resource(), userId);

        // inviting again someone who has not registered yet mails them a fresh link, with the stored names
        BearerClient.Answer answer = invite(own, email, "山田", "太郎");
        assertEquals(201, answer.status(), answer.body());
        MimeMessage invitation = invitation(email);
        String html = Mails.html(invitation);
        assertFalse(html.contains("<a href=\"https://evil.example\""), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains(LINK_ESCAPED + " &lt;img src=x onerror=alert(1)&gt; https://evil.example/login 様"), html);
        String text = Mails.text(invitation);
        assertTrue(text.startsWith(LINK_MARKUP + " <img src=x onerror=alert(1)> https://evil.example/login 様"), text);
        assertTrue(text.lines().noneMatch(line -> line.strip().startsWith("https://evil.example")),
                "no line of the text part starts with the stored link: " + text);
    }

    @Test
    @DisplayName("R-SEC-4 the 契約情報変更 page refuses markup, control characters and overlong fields, stores nothing, and shows what was typed escaped")
    void contractHolderRefused() {
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "typed-holder");
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = SettingsMenu.signInAndOpen(browser, own.contractor(), "contract");
        Map<String, String> good = Map.of("name", "O'Brien 山田", "company", "A&B商事", "address", "東京都千代田区1-2-3 (5F)",
                "phone", "03-1234-5678");
        String[][] cases = {
                {"name", LINK_MARKUP, "契約者名に使用できない文字が含まれています。"},
                {"company", "<img src=x onerror=alert(1)>", "会社名に使用できない文字が含まれています。"},
                {"address", "東京都\nhttps://evil.example", "住所に使用できない文字が含まれています。"},
                {"address", "東京都\u0000", "住所に使用できない文字が含まれています。"},
                {"name", "山田\u202e", "契約者名に使用できない文字が含まれています。"},
                {"company", "株".repeat(101), "会社名は100文字以内で入力してください。"},
                {"address", "住".repeat(201), "住所は200文字以内で入力してください。"}};
        for (String[] hostile : cases) {
            Map<String, String> fields = new HashMap<>(good);
            fields.put(hostile[0], hostile[1]);
            page = SettingsMenu.submit(browser, page, "mdrive-settings-contract-form", fields);
            assertTrue(page.says(hostile[2]), hostile[1] + ": " + page.body());
            assertTrue(page.has("mdrive-settings-contract-form") && !page.has("mdrive-settings-confirm"), "no confirmation");
            if (hostile[1].contains("<")) {
                assertFalse(page.says(hostile[1]), "what was typed is shown escaped: " + page.body());
            }
        }
        assertTrue(own.resource().toRepresentation().getAttributes().keySet().stream()
                .noneMatch(key -> key.startsWith("mdrive.holder.")), "nothing stored");

        BrowserFlowClient.Page confirm = SettingsMenu.submit(browser, page, "mdrive-settings-contract-form", good);
        assertTrue(confirm.body().contains(">O&#39;Brien 山田</dd>"), confirm.body());
        assertTrue(confirm.body().contains(">A&amp;B商事</dd>"), confirm.body());
        SettingsMenu.submit(browser, confirm, "mdrive-settings-contract-form", Map.of("confirm", "true"));
        Map<String, List<String>> stored = own.resource().toRepresentation().getAttributes();
        assertEquals(List.of("O'Brien 山田"), stored.get("mdrive.holder.name"));
        assertEquals(List.of("A&B商事"), stored.get("mdrive.holder.company"));
        assertEquals(List.of("東京都千代田区1-2-3 (5F)"), stored.get("mdrive.holder.address"));
    }

    @Test
    @DisplayName("R-SEC-4 the 利用者管理 page refuses an invitation with a name carrying markup: the message, no user, no mail")
    void membersPageRefused() {
        Organizations.OwnContract own = Organizations.withoutTwoStep(realm, "typed-members");
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = SettingsMenu.signInAndOpen(browser, own.contractor(), "members");
        String email = address(own, "page");
        BrowserFlowClient.Page refused = SettingsMenu.submit(browser, page, "mdrive-settings-invite-form", Map.of("mdrive_action", "invite",
                "email", email, "lastName", LINK_MARKUP, "firstName", "太郎"));
        assertTrue(refused.says("利用者の姓または名に使用できない文字が含まれています。"), refused.body());
        assertFalse(refused.says(LINK_MARKUP), "the typed name is shown escaped");
        assertTrue(users(email).isEmpty());
        assertEquals(List.of(), Mails.quietTo(mail, email, 0), "no mail");
    }
}
