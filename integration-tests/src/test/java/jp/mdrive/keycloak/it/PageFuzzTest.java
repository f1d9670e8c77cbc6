package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import jp.mdrive.keycloak.it.HostileInput.Field;
import jp.mdrive.keycloak.it.HostileInput.Kind;

/**
 * R-SEC-10 for the pages, over raw HTTP as a hand-made client posts them: every field of the login,
 * connection-ID, forgot-password, reset, 2-step verification, settings and login-setup forms fed the
 * table of {@link HostileInput} (every malformed value, the odd ones shared out among the fields),
 * plus a missing field, a repeated field and unknown fields. Every
 * answer is our themed page (or a redirect where the value may be taken), a refusal shows a Japanese
 * message, and a refused form leaves the account and the contract as they were.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class PageFuzzTest extends MailBase {

    private static final String NEW_PASSWORD = "Fuzz-Pass2";
    private static final Pattern AD_EXECUTION = Pattern.compile("id=\"mdrive-ad-login\".*?name=\"authenticationExecution\" value=\"([^\"]+)\"",
            Pattern.DOTALL);

    private final FakeSns sns = FakeSns.start();
    private final AtomicInteger serial = new AtomicInteger();
    /** Counts the fields fuzzed, so that each gets its own share of the odd values. */
    private final AtomicInteger fields = new AtomicInteger();

    /** A browser at a form, and what a refusal there must leave unchanged. */
    private record At(BrowserFlowClient browser, BrowserFlowClient.Page page, Supplier<Object> state) {
    }

    /** A form and how a browser gets to it afresh: after {@code visit} cases, or once an accepted value moved it on. */
    private record FormPage(String name, String form, int visit, Supplier<At> reach) {
    }

    /**
     * A field of a form: how strict it is, whether it may be left empty, the other fields' valid
     * values ("" for a fresh address) and a field that repeats it (a password's confirmation).
     */
    private record Input(String field, Field strictness, boolean required, Map<String, String> others, String mirror) {

        static Input of(String field, Field strictness, String... others) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < others.length; i += 2) {
                values.put(others[i], others[i + 1]);
            }
            return new Input(field, strictness, true, values, null);
        }

        Input optional() {
            return new Input(field, strictness, false, others, mirror);
        }

        Input repeatedIn(String confirmation) {
            return new Input(field, strictness, required, others, confirmation);
        }
    }

    /** The browser's current place on one page's cases, and what a refusal there must leave as it is. */
    private static final class Visit {
        At at;
        int cases;
        Object state;
    }

    @TestFactory
    @DisplayName("R-SEC-10 pages fuzzed")
    Stream<DynamicNode> pages() {
        Organizations.OwnContract settings = Organizations.withContractor(realm, "fuzz-pages", Map.of("mdrive.two-step-verification", "false"));
        Organizations.OwnContract cancelling = Organizations.withContractor(realm, "fuzz-pages-cancel",
                Map.of("mdrive.two-step-verification", "false"));
        Organizations.OwnContract twoStep = Organizations.withContractor(realm, "fuzz-pages-2sv", Map.of());
        String signInUser = member(settings, "login");
        String memberId = realm.admin().users().searchByEmail(signInUser, true).get(0).getId();

        List<DynamicNode> pages = new ArrayList<>();
        // nothing typed here is stored; wrong passwords count toward the lockout, as they should
        FormPage login = new FormPage("login", "kc-form-login", Integer.MAX_VALUE, () -> login(() -> null));
        pages.add(fuzz(login, List.of(
                Input.of("username", Field.FORMAT, "password", DemoRealm.PASSWORD, "credentialId", ""),
                Input.of("password", Field.FORMAT, "username", signInUser, "credentialId", ""),
                Input.of("credentialId", Field.ANY, "username", "nobody@fuzz.example", "password", DemoRealm.PASSWORD).optional())));
        pages.add(fuzz(new FormPage("connection ID", "mdrive-connection-id-form", Integer.MAX_VALUE, this::connectionIdPage),
                List.of(Input.of("connection_id", Field.FORMAT))));
        pages.add(fuzz(new FormPage("forgot password", "kc-reset-password-form", Integer.MAX_VALUE, this::forgotPasswordPage),
                List.of(Input.of("username", Field.ANY))));
        pages.add(forgotPasswordQuery());
        pages.add(fuzz(new FormPage("reset password", "mdrive-reset-password-form", Integer.MAX_VALUE, this::resetPasswordPage), List.of(
                Input.of("password-new", Field.ANY).repeatedIn("password-confirm"),
                Input.of("password-confirm", Field.FORMAT, "password-new", NEW_PASSWORD))));

        pages.add(fuzz(new FormPage("2SV switch to the app", SecondStep.SWITCH, Integer.MAX_VALUE, () -> twoStep(twoStep, "phone")),
                List.of(Input.of("mdrive_action", Field.ANY))));
        pages.add(fuzz(new FormPage("2SV phone", SecondStep.PHONE, Integer.MAX_VALUE, () -> twoStep(twoStep, "phone")),
                List.of(Input.of("phone", Field.FORMAT))));
        pages.add(fuzz(new FormPage("2SV SMS code", SecondStep.CODE, 8, () -> twoStep(twoStep, "sms-code")),
                List.of(Input.of("code", Field.FORMAT))));
        pages.add(fuzz(new FormPage("2SV authenticator setup", SecondStep.AUTHENTICATOR, 8, () -> twoStep(twoStep, "app-setup")),
                List.of(Input.of("code", Field.FORMAT))));
        pages.add(fuzz(new FormPage("2SV recovery code saved", SecondStep.RECOVERY_CODE, Integer.MAX_VALUE, () -> twoStep(twoStep, "saved")),
                List.of(Input.of("saved", Field.FORMAT))));
        pages.add(fuzz(new FormPage("2SV authenticator code", SecondStep.CODE, 8, () -> twoStep(twoStep, "app-code")),
                List.of(Input.of("code", Field.FORMAT))));
        pages.add(fuzz(new FormPage("2SV recovery", SecondStep.RECOVERY, 8, () -> twoStep(twoStep, "recovery")),
                List.of(Input.of("recovery_code", Field.FORMAT))));

        pages.add(fuzz(new FormPage("settings menu", SettingsMenu.MENU, Integer.MAX_VALUE, () -> settings(settings, settings.contractor(), null)),
                List.of(Input.of("mdrive_open", Field.FORMAT).optional())));
        pages.add(fuzz(new FormPage("settings password", "mdrive-settings-password-form", 8,
                () -> settings(settings, member(settings, "password"), "password")), List.of(
                Input.of("password", Field.FORMAT, "password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD),
                Input.of("password-new", Field.ANY, "password", DemoRealm.PASSWORD).repeatedIn("password-confirm"),
                Input.of("password-confirm", Field.FORMAT, "password", DemoRealm.PASSWORD, "password-new", NEW_PASSWORD))));
        pages.add(fuzz(new FormPage("settings access route", "mdrive-settings-route-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "access-route")), List.of(Input.of("route", Field.FORMAT))));
        pages.add(fuzz(new FormPage("settings line authentication", "mdrive-settings-lines-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "lines")), List.of(
                Input.of("line", Field.FORMAT, "route", "line+internet", "save", "true").optional(),
                Input.of("route", Field.FORMAT, "line", "CAF1234567890", "save", "true"))));
        pages.add(fuzz(new FormPage("settings 2SV", "mdrive-settings-2sv-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "two-step")), List.of(Input.of("enabled", Field.FORMAT))));
        pages.add(fuzz(new FormPage("settings 2SV confirmation", "mdrive-settings-2sv-form", Integer.MAX_VALUE,
                () -> confirming(settings(settings, settings.contractor(), "two-step"), "mdrive-settings-2sv-form", "enabled=true")),
                List.of(Input.of("understood", Field.FORMAT, "confirm", "true"))));
        pages.add(fuzz(new FormPage("settings contract", "mdrive-settings-contract-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "contract")), List.of(
                Input.of("name", Field.FREE_TEXT, "company", "株式会社エムドライブ", "address", "東京都千代田区1-1", "phone", "03-1234-5678"),
                Input.of("company", Field.FREE_TEXT, "name", "山田 太郎", "address", "東京都千代田区1-1", "phone", "03-1234-5678").optional(),
                Input.of("address", Field.FREE_TEXT, "name", "山田 太郎", "company", "株式会社エムドライブ", "phone", "03-1234-5678").optional(),
                Input.of("phone", Field.FORMAT, "name", "山田 太郎", "company", "株式会社エムドライブ", "address", "東京都千代田区1-1").optional())));
        pages.add(fuzz(new FormPage("settings Active Directory", "mdrive-settings-ad-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "active-directory")), List.of(
                Input.of("protocol", Field.FORMAT, "metadataUrl", "https://127.0.0.1:1/metadata"),
                Input.of("metadataUrl", Field.FORMAT, "protocol", "saml"),
                Input.of("clientId", Field.FORMAT, "protocol", "oidc", "metadataUrl", "https://127.0.0.1:1/metadata", "clientSecret", "secret"),
                Input.of("clientSecret", Field.FORMAT, "protocol", "oidc", "metadataUrl", "https://127.0.0.1:1/metadata", "clientId", "m-drive"))));
        pages.add(fuzz(new FormPage("settings e-mail", "mdrive-settings-email-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "email")), List.of(
                Input.of("email", Field.FORMAT).repeatedIn("email-confirm"),
                Input.of("email-confirm", Field.FORMAT, "email", "moved-pages@fuzz.example"))));
        pages.add(fuzz(new FormPage("settings members", "mdrive-settings-invite-form", Integer.MAX_VALUE,
                () -> settings(settings, settings.contractor(), "members")), List.of(
                Input.of("mdrive_action", Field.ANY),
                Input.of("email", Field.FORMAT, "mdrive_action", "invite", "lastName", "招待", "firstName", "花子"),
                Input.of("lastName", Field.FREE_TEXT, "mdrive_action", "invite", "email", "", "firstName", "花子"),
                Input.of("firstName", Field.FREE_TEXT, "mdrive_action", "invite", "email", "", "lastName", "招待"),
                Input.of("admin", Field.ANY, "mdrive_action", "invite", "email", "", "lastName", "招待", "firstName", "花子").optional(),
                Input.of("member", Field.FORMAT, "mdrive_action", "method-link"),
                Input.of("email", Field.FORMAT, "mdrive_action", "email-link", "member", memberId))));
        pages.add(fuzz(new FormPage("settings cancellation", "mdrive-settings-cancellation-form", Integer.MAX_VALUE,
                () -> confirming(settings(cancelling, cancelling.contractor(), "cancellation"), "mdrive-settings-cancellation-form", "submit=true")),
                List.of(Input.of("understood", Field.FORMAT, "confirm", "true"))));

        pages.add(fuzz(new FormPage("login setup choose", "mdrive-setup-choose-form", Integer.MAX_VALUE, () -> invitation(settings)), List.of(
                Input.of("choice", Field.FORMAT),
                Input.of("password-new", Field.ANY, "choice", "password").repeatedIn("password-confirm"),
                Input.of("password-confirm", Field.FORMAT, "choice", "password", "password-new", NEW_PASSWORD))));
        pages.add(fuzz(new FormPage("login setup password", "mdrive-setup-password-form", Integer.MAX_VALUE,
                () -> changeLink(settings, "login-method")), List.of(
                Input.of("password-new", Field.ANY).repeatedIn("password-confirm"),
                Input.of("password-confirm", Field.FORMAT, "password-new", NEW_PASSWORD))));
        pages.add(fuzz(new FormPage("login setup e-mail", "mdrive-setup-email-form", Integer.MAX_VALUE, () -> changeLink(settings, "email")),
                List.of(Input.of("password-new", Field.ANY).repeatedIn("password-confirm"),
                        Input.of("password-confirm", Field.FORMAT, "password-new", NEW_PASSWORD))));
        return pages.stream();
    }

    /** Each field of the page fed every hostile value, then left out, repeated, and sent among unknown fields. */
    private DynamicContainer fuzz(FormPage page, List<Input> inputs) {
        Visit visit = new Visit();
        List<DynamicTest> cases = new ArrayList<>();
        for (Input input : inputs) {
            for (HostileInput.Text value : HostileInput.sample(fields.getAndIncrement())) {
                boolean blank = value.text().isBlank();
                boolean mustRefuse = input.strictness().mustRefuse(value.kind()) && !(blank && !input.required())
                        || blank && input.required() && input.strictness() != Field.ANY;
                cases.add(formCase(page, visit, input, value.label(), field(input, value.formEncoded()), mustRefuse));
            }
            cases.add(formCase(page, visit, input, "<missing>", "", input.required() && input.strictness() != Field.ANY));
            HostileInput.Text nul = HostileInput.texts().stream().filter(t -> t.label().equals("<NUL>")).findFirst().orElseThrow();
            cases.add(formCase(page, visit, input, "<repeated: NUL, then emoji>", field(input, nul.formEncoded()) + "&"
                    + field(input, URLEncoder.encode("😀", StandardCharsets.UTF_8)), input.strictness().mustRefuse(Kind.MALFORMED)));
            cases.add(formCase(page, visit, input, "<HTML script among unknown fields>",
                    field(input, URLEncoder.encode("<script>alert('x')</script>", StandardCharsets.UTF_8))
                            + "&mdrive_unknown=%00&mdrive.contractor=someone&tab_id=..%2F", input.strictness().mustRefuse(Kind.ODD)));
        }
        return DynamicContainer.dynamicContainer("R-SEC-10 " + page.name(), cases);
    }

    private static String field(Input input, String encodedValue) {
        String pair = input.field() + "=" + encodedValue;
        return input.mirror() == null ? pair : pair + "&" + input.mirror() + "=" + encodedValue;
    }

    private DynamicTest formCase(FormPage page, Visit visit, Input input, String label, String fieldPart, boolean mustRefuse) {
        String name = "R-SEC-10 " + page.name() + " " + input.field() + "=" + label;
        return DynamicTest.dynamicTest(name, () -> {
            if (visit.at == null || visit.cases >= page.visit() || !visit.at.page().has(page.form())) {
                visit.at = page.reach().get();
                visit.cases = 0;
                visit.state = visit.at.state().get();
                assertTrue(visit.at.page().has(page.form()), page.name() + " not reached: " + visit.at.page().status() + " "
                        + visit.at.page().body());
            }
            At at = visit.at;
            String others = input.others().entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().isEmpty() ? freshAddress() : e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String body = Stream.of(others, fieldPart).filter(s -> !s.isEmpty()).collect(Collectors.joining("&"));
            BrowserFlowClient.Page answer = at.browser().postEncoded(at.page().formAction(page.form()), body);
            visit.at = new At(at.browser(), answer, at.state());
            visit.cases++;
            Object before = visit.state;
            // what an accepted value changed is where the next case starts from
            visit.state = at.state().get();
            HostileAnswers.assertPage(answer, mustRefuse, name);
            if (answer.has(page.form()) && HostileAnswers.message(answer) != null) {
                assertEquals(before, visit.state, name + ": refused, yet something changed");
            }
        });
    }

    /** manual 6.2 (1): the address typed on the login page comes along in the query. */
    private DynamicContainer forgotPasswordQuery() {
        return DynamicContainer.dynamicContainer("R-SEC-10 forgot password query", HostileInput.inUrls().stream()
                .map(value -> DynamicTest.dynamicTest("R-SEC-10 forgot password ?username=" + value.label(), () -> {
                    BrowserFlowClient browser = new BrowserFlowClient(realm);
                    BrowserFlowClient.Page login = browser.authorize("ja");
                    BrowserFlowClient.Page form = browser.get(login.attribute("mdrive-forgot-password", "href") + "&username="
                            + value.formEncoded());
                    HostileAnswers.assertPage(form, false, "R-SEC-10 forgot password ?username=" + value.label());
                })).toList());
    }

    private String freshAddress() {
        return "fuzz-" + serial.incrementAndGet() + "-" + System.nanoTime() + "@fuzz.example";
    }

    private String member(Organizations.OwnContract contract, String name) {
        String email = name + "-" + freshAddress();
        Organizations.join(contract.resource(), DemoUsers.create(realm, email, "ja"));
        return email;
    }

    /** What a refused form must not change about a user: credentials, attributes, address, enabled. */
    private Supplier<Object> userState(String userId) {
        return () -> {
            UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
            List<String> credentials = realm.admin().users().get(userId).credentials().stream()
                    .map(c -> c.getType() + " " + c.getId() + " " + c.getCreatedDate()).sorted().toList();
            return List.of(credentials, String.valueOf(user.getAttributes()), String.valueOf(user.getEmail()), user.isEnabled());
        };
    }

    private Supplier<Object> userAndContractState(String email, Organizations.OwnContract contract) {
        Supplier<Object> user = userState(realm.admin().users().searchByEmail(email, true).get(0).getId());
        return () -> List.of(user.get(), contract.resource().toRepresentation().getAttributes(), realm.admin().users().count());
    }

    private At login(Supplier<Object> state) {
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        return new At(browser, browser.authorize("ja"), state);
    }

    private At connectionIdPage() {
        At login = login(() -> null);
        Matcher execution = AD_EXECUTION.matcher(login.page().body());
        assertTrue(execution.find(), "the AD button");
        return new At(login.browser(), login.browser().post(login.page().formAction("kc-form-login"),
                Map.of("authenticationExecution", execution.group(1))), () -> null);
    }

    private At forgotPasswordPage() {
        At login = login(() -> null);
        return new At(login.browser(), login.browser().get(login.page().attribute("mdrive-forgot-password", "href")), () -> null);
    }

    private At resetPasswordPage() {
        String email = "reset-" + freshAddress();
        String id = DemoUsers.create(realm, email, "ja");
        At form = forgotPasswordPage();
        form.browser().post(form.page().formAction("kc-reset-password-form"), Map.of("username", email));
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        return new At(browser, browser.follow(browser.get(Mails.link(Mails.awaitTo(mail, email, 1).get(0)))), userState(id));
    }

    /** A fresh member of a contract that asks for 2SV, at the 2SV page asked for. */
    private At twoStep(Organizations.OwnContract contract, String where) {
        String email = member(contract, "2sv");
        Supplier<Object> state = userState(realm.admin().users().searchByEmail(email, true).get(0).getId());
        SecondStep step = SecondStep.newBrowser(realm).logIn(email, "ja");
        switch (where) {
            case "sms-code" -> step.submit(SecondStep.PHONE, Map.of("phone", String.format("0901%07d", serial.incrementAndGet())));
            case "app-setup" -> step.useApp();
            case "saved" -> {
                step.useApp();
                step.submit(SecondStep.AUTHENTICATOR, Map.of("code", Totp.now(step.page.text("mdrive-2sv-secret"))));
            }
            case "app-code", "recovery" -> {
                step.useApp();
                step.submit(SecondStep.AUTHENTICATOR, Map.of("code", Totp.now(step.page.text("mdrive-2sv-secret"))))
                        .submit(SecondStep.RECOVERY_CODE, Map.of("saved", "on")).submit(SecondStep.DONE, Map.of());
                state = userState(realm.admin().users().searchByEmail(email, true).get(0).getId());
                step.logIn(email, "ja");
                if (where.equals("recovery")) {
                    step.submit(SecondStep.CODE, Map.of("mdrive_action", "recovery"));
                }
            }
            default -> {
            }
        }
        return new At(step.browser, step.page, state);
    }

    /** Signed in to the settings menu, on the item asked for (the menu itself when none). */
    private At settings(Organizations.OwnContract contract, String email, String item) {
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = SettingsMenu.signIn(browser, email, DemoRealm.PASSWORD);
        if (item != null) {
            page = SettingsMenu.open(browser, page, item);
        }
        return new At(browser, page, userAndContractState(email, contract));
    }

    /** On from a settings page's form to its confirmation. */
    private static At confirming(At form, String formId, String fields) {
        return new At(form.browser(), form.browser().postEncoded(form.page().formAction(formId), fields), form.state());
    }

    /** A fresh user invited to the contract, on the 利用者ログイン登録 page of the mailed link. */
    private At invitation(Organizations.OwnContract contract) {
        String email = "invited-" + freshAddress();
        BearerClient api = new BearerClient(realm);
        BearerClient.Answer invited = api.post("/mdrive/contracts/" + contract.alias() + "/invitations",
                api.token(contract.contractor(), DemoRealm.PASSWORD), "{\"email\": \"" + email + "\", \"lastName\": \"招待\", \"firstName\": \"花子\"}");
        assertEquals(201, invited.status(), invited.body());
        return openLink(email, email, contract);
    }

    /** A fresh member sent a login-method change link (on to its password page) or an e-mail change link. */
    private At changeLink(Organizations.OwnContract contract, String change) {
        String email = member(contract, "change");
        String id = realm.admin().users().searchByEmail(email, true).get(0).getId();
        String newAddress = "new-" + email;
        BearerClient api = new BearerClient(realm);
        BearerClient.Answer sent = api.post("/mdrive/contracts/" + contract.alias() + "/members/" + id + "/change-link",
                api.token(contract.contractor(), DemoRealm.PASSWORD), change.equals("email")
                        ? "{\"change\": \"email\", \"email\": \"" + newAddress + "\"}" : "{\"change\": \"login-method\"}");
        assertEquals(202, sent.status(), sent.body());
        At at = openLink(change.equals("email") ? newAddress : email, email, contract);
        if (change.equals("email")) {
            return at;
        }
        return confirming(at, "mdrive-setup-choose-form", "choice=password");
    }

    private At openLink(String mailedTo, String user, Organizations.OwnContract contract) {
        BrowserFlowClient browser = new BrowserFlowClient(realm);
        BrowserFlowClient.Page page = browser.follow(browser.get(Mails.link(Mails.awaitTo(mail, mailedTo, 1).get(0))));
        return new At(browser, page, userAndContractState(user, contract));
    }

    @TestFactory
    @DisplayName("R-SEC-10 the legitimate submissions still work beside the fuzzing")
    Stream<DynamicNode> legitimate() {
        Organizations.OwnContract contract = Organizations.withContractor(realm, "fuzz-pages-ok", Map.of("mdrive.two-step-verification", "false"));
        return Stream.of(DynamicTest.dynamicTest("R-SEC-10 contract details with kanji, full-width digits and an address are taken", () -> {
            At at = settings(contract, contract.contractor(), "contract");
            BrowserFlowClient.Page confirm = at.browser().post(at.page().formAction("mdrive-settings-contract-form"),
                    Map.of("name", "山田 太郎", "company", "株式会社エムドライブ", "address", "東京都千代田区丸の内1-1", "phone", "03-1234-5678"));
            assertEquals("株式会社エムドライブ", confirm.text("mdrive-settings-contract-company"));
            at.browser().post(confirm.formAction("mdrive-settings-contract-form"), Map.of("confirm", "true"));
            assertEquals(List.of("山田 太郎"), contract.resource().toRepresentation().getAttributes().get("mdrive.holder.name"));
        }));
    }
}
