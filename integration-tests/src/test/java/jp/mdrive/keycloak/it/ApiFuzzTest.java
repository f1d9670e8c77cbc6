package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import jp.mdrive.keycloak.it.HostileInput.Field;
import jp.mdrive.keycloak.it.HostileInput.JsonType;

/**
 * R-SEC-10 for the REST API: every field of every body, the path and query parameters, and whole
 * bodies that are wrong, each fed the table of {@link HostileInput}. Every answer is a refusal in
 * our JSON with a Japanese message (or a value the field may take), never a 5xx; a refused request
 * leaves the contract, its members and the realm's users as they were.
 */
@KeycloakIntegrationTest(config = MdriveServerConfig.class)
class ApiFuzzTest extends MailBase {

    private final AtomicInteger serial = new AtomicInteger();

    /** One endpoint under /mdrive: its method, path, the caller and what a refusal must leave unchanged. */
    private record Endpoint(String method, String path, Supplier<String> token, Supplier<Object> state) {

        String name() {
            return method + " " + path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** One field of a body: the valid body around it (JSON literals by field), its type and strictness. */
    private record BodyField(String name, Map<String, String> validBody, JsonType type, Field strictness, boolean required) {
    }

    private Organizations.OwnContract contract(String name, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putIfAbsent("mdrive.two-step-verification", "false");
        return Organizations.withContractor(realm, name, all);
    }

    /** The user's token, fetched again after a minute so that it never expires during the run. */
    private Supplier<String> tokenOf(String username) {
        BearerClient api = new BearerClient(realm);
        String[] token = new String[1];
        long[] fetchedAt = {0};
        return () -> {
            if (System.currentTimeMillis() - fetchedAt[0] > 60_000) {
                token[0] = api.token(username, DemoRealm.PASSWORD);
                fetchedAt[0] = System.currentTimeMillis();
            }
            return token[0];
        };
    }

    /** What a refused request must not change: the contract's attributes, a member's account and how many users there are. */
    private Supplier<Object> stateOf(Organizations.OwnContract contract, String memberId) {
        return () -> {
            UserRepresentation member = realm.admin().users().get(memberId).toRepresentation();
            return List.of(contract.resource().toRepresentation().getAttributes(), String.valueOf(member.getAttributes()),
                    String.valueOf(member.getEmail()), member.isEnabled(), realm.admin().users().count());
        };
    }

    private String memberOf(Organizations.OwnContract contract, String name) {
        String id = DemoUsers.create(realm, name + "-" + contract.alias() + "@fuzz.example", "ja");
        Organizations.join(contract.resource(), id);
        return id;
    }

    private String freshAddress() {
        return "\"fuzz-" + serial.incrementAndGet() + "-" + System.nanoTime() + "@fuzz.example\"";
    }

    @TestFactory
    @DisplayName("R-SEC-10 REST API fuzzed")
    Stream<DynamicNode> restApi() {
        Organizations.OwnContract basic = contract("fuzz-api", Map.of());
        String member = memberOf(basic, "member");
        Organizations.OwnContract trial = contract("fuzz-api-trial", Map.of("mdrive.plan", "trial",
                "mdrive.trial.started-on", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString()));
        Organizations.OwnContract cancelled = contract("fuzz-api-cancel", Map.of());
        Supplier<String> contractor = tokenOf(basic.contractor());
        String base = "/mdrive/contracts/" + basic.alias();
        Supplier<Object> basicState = stateOf(basic, member);

        Endpoint invitations = new Endpoint("POST", base + "/invitations", contractor, basicState);
        Endpoint changeLink = new Endpoint("POST", base + "/members/" + member + "/change-link", contractor, basicState);
        Endpoint route = new Endpoint("PUT", base + "/access-route", contractor, basicState);
        Endpoint lines = new Endpoint("PUT", base + "/line-numbers", contractor, basicState);
        Endpoint twoStep = new Endpoint("PUT", base + "/two-step-verification", contractor, basicState);
        Endpoint activeDirectory = new Endpoint("PUT", base + "/active-directory", contractor, basicState);
        Endpoint plan = new Endpoint("PUT", "/mdrive/contracts/" + trial.alias() + "/plan", tokenOf(trial.contractor()),
                stateOf(trial, trial.contractorId()));
        Endpoint cancellation = new Endpoint("POST", "/mdrive/contracts/" + cancelled.alias() + "/cancellation",
                tokenOf(cancelled.contractor()), stateOf(cancelled, cancelled.contractorId()));
        Endpoint emailChange = new Endpoint("POST", "/mdrive/me/email-change", contractor, basicState);
        Endpoint methodChange = new Endpoint("POST", "/mdrive/me/login-method-change", contractor, basicState);

        Map<String, String> invitation = Map.of("email", "", "lastName", "\"招待\"", "firstName", "\"花子\"");
        Map<String, String> saml = Map.of("protocol", "\"saml\"", "metadataUrl", "\"https://127.0.0.1:1/metadata\"");
        Map<String, String> oidc = Map.of("protocol", "\"oidc\"", "metadataUrl", "\"https://127.0.0.1:1/metadata\"",
                "clientId", "\"m-drive\"", "clientSecret", "\"secret\"");
        Map<String, String> newAddress = Map.of("email", "\"moved@fuzz.example\"", "emailConfirmation", "\"moved@fuzz.example\"");

        List<DynamicNode> groups = new ArrayList<>();
        groups.add(fields(invitations, List.of(
                new BodyField("email", invitation, JsonType.STRING, Field.FORMAT, true),
                new BodyField("lastName", invitation, JsonType.STRING, Field.FREE_TEXT, true),
                new BodyField("firstName", invitation, JsonType.STRING, Field.FREE_TEXT, true),
                new BodyField("admin", invitation, JsonType.BOOLEAN, Field.FORMAT, false),
                new BodyField("locale", invitation, JsonType.STRING, Field.FORMAT, false))));
        groups.add(fields(changeLink, List.of(
                new BodyField("change", Map.of("change", "\"login-method\""), JsonType.STRING, Field.FORMAT, true),
                new BodyField("email", Map.of("change", "\"email\"", "email", "\"changed@fuzz.example\""), JsonType.STRING, Field.FORMAT, true))));
        groups.add(fields(route, List.of(new BodyField("accessRoute", Map.of("accessRoute", "\"line+internet\""), JsonType.STRING, Field.FORMAT, true))));
        groups.add(fields(lines, List.of(new BodyField("lineNumbers", Map.of("lineNumbers", "[]"), JsonType.STRING_ARRAY, Field.FORMAT, true))));
        groups.add(lineNumberElements(lines));
        groups.add(fields(twoStep, List.of(new BodyField("enabled", Map.of("enabled", "false"), JsonType.BOOLEAN, Field.FORMAT, true))));
        groups.add(fields(activeDirectory, List.of(
                new BodyField("protocol", saml, JsonType.STRING, Field.FORMAT, true),
                new BodyField("metadataUrl", saml, JsonType.STRING, Field.FORMAT, true),
                new BodyField("clientId", oidc, JsonType.STRING, Field.FORMAT, true),
                new BodyField("clientSecret", oidc, JsonType.STRING, Field.FORMAT, true))));
        groups.add(fields(plan, List.of(new BodyField("plan", Map.of("plan", "\"basic\""), JsonType.STRING, Field.FORMAT, true))));
        groups.add(fields(cancellation, List.of(new BodyField("confirmed", Map.of("confirmed", "true"), JsonType.BOOLEAN, Field.FORMAT, true))));
        groups.add(fields(emailChange, List.of(
                new BodyField("email", newAddress, JsonType.STRING, Field.FORMAT, true),
                new BodyField("emailConfirmation", newAddress, JsonType.STRING, Field.FORMAT, true))));
        groups.add(bodies(invitations, "email", freshAddress(), true));
        groups.add(bodies(changeLink, "change", "\"login-method\"", true));
        groups.add(bodies(route, "accessRoute", "\"line+internet\"", true));
        groups.add(bodies(lines, "lineNumbers", "[\"CAF1234567890\"]", true));
        groups.add(bodies(twoStep, "enabled", "false", true));
        groups.add(bodies(activeDirectory, "protocol", "\"saml\"", true));
        groups.add(bodies(plan, "plan", "\"basic\"", true));
        groups.add(bodies(emailChange, "email", "\"moved@fuzz.example\"", true));
        groups.add(bodies(methodChange, "email", "\"x@fuzz.example\"", false));
        groups.add(bodies(cancellation, "confirmed", "true", true));
        groups.add(pathParameters(contractor, basic.alias(), member, basicState));
        groups.add(settingsEntry());
        return groups.stream();
    }

    /** Every field of the endpoint's body fed every hostile value, the others valid; and each field missing. */
    private DynamicContainer fields(Endpoint endpoint, List<BodyField> fields) {
        List<DynamicTest> cases = new ArrayList<>();
        for (BodyField field : fields) {
            for (HostileInput.Json value : HostileInput.json(field.type())) {
                boolean optionalNull = value.literal().equals("null") && !field.required();
                boolean mustRefuse = !optionalNull && (value.literal().equals("null") || field.strictness().mustRefuse(value.kind()));
                cases.add(fieldCase(endpoint, field, value.label(), value.literal(), mustRefuse));
            }
            cases.add(fieldCase(endpoint, field, "<missing>", null, field.required()));
        }
        return DynamicContainer.dynamicContainer("R-SEC-10 " + endpoint.name(), cases);
    }

    private DynamicTest fieldCase(Endpoint endpoint, BodyField field, String label, String literal, boolean mustRefuse) {
        String input = "R-SEC-10 " + endpoint.name() + " " + field.name() + "=" + label;
        return DynamicTest.dynamicTest(input, () -> {
            Map<String, String> body = new LinkedHashMap<>(field.validBody());
            body.replaceAll((name, valid) -> valid.isEmpty() ? freshAddress() : valid);
            if (literal == null) {
                body.remove(field.name());
            } else {
                body.put(field.name(), literal);
            }
            send(endpoint, input, json(body), mustRefuse);
        });
    }

    /** R-LINE-2: one hostile number among valid ones refuses the whole list. */
    private DynamicContainer lineNumberElements(Endpoint lines) {
        return DynamicContainer.dynamicContainer("R-SEC-10 PUT line-numbers elements", HostileInput.json(JsonType.STRING).stream()
                .map(value -> {
                    String input = "R-SEC-10 PUT line-numbers lineNumbers[1]=" + value.label();
                    return DynamicTest.dynamicTest(input, () -> send(lines, input,
                            "{\"lineNumbers\": [\"CAF1234567890\", " + value.literal() + "]}", true));
                }).toList());
    }

    private DynamicContainer bodies(Endpoint endpoint, String field, String valid, boolean mustRefuse) {
        return DynamicContainer.dynamicContainer("R-SEC-10 " + endpoint.name() + " bodies", HostileInput.bodies(field, valid).stream()
                .map(body -> {
                    String input = "R-SEC-10 " + endpoint.name() + " body=" + body.label();
                    return DynamicTest.dynamicTest(input, () -> send(endpoint, input, body.contentType(), body.bytes(), mustRefuse));
                }).toList());
    }

    private void send(Endpoint endpoint, String input, String json, boolean mustRefuse) {
        send(endpoint, input, "application/json", json.getBytes(StandardCharsets.UTF_8), mustRefuse);
    }

    private void send(Endpoint endpoint, String input, String contentType, byte[] body, boolean mustRefuse) {
        // a first sign-in records the login method: the token comes before the snapshot
        String token = endpoint.token().get();
        Object before = endpoint.state().get();
        BearerClient.Answer answer = new BearerClient(realm).send(endpoint.method(), endpoint.path(), token, contentType, body);
        HostileAnswers.assertApi(answer, mustRefuse, input);
        if (answer.status() >= 400) {
            assertEquals(before, endpoint.state().get(), input + ": refused, yet something changed");
        }
    }

    /** The contract alias and member ID in the path: refused alike (403/404), never a fault. */
    private DynamicContainer pathParameters(Supplier<String> token, String alias, String member, Supplier<Object> state) {
        List<DynamicTest> cases = new ArrayList<>();
        for (HostileInput.Text value : HostileInput.inUrls()) {
            String encoded = value.formEncoded().replace("+", "%20");
            cases.add(DynamicTest.dynamicTest("R-SEC-10 GET contracts/{alias} alias=" + value.label(), () ->
                    HostileAnswers.assertApi(new BearerClient(realm).get("/mdrive/contracts/" + encoded, token.get()), true,
                            "R-SEC-10 GET contracts/{alias} alias=" + value.label())));
            cases.add(DynamicTest.dynamicTest("R-SEC-10 GET contracts/{alias}/members alias=" + value.label(), () ->
                    HostileAnswers.assertApi(new BearerClient(realm).get("/mdrive/contracts/" + encoded + "/members", token.get()), true,
                            "R-SEC-10 GET members alias=" + value.label())));
            cases.add(DynamicTest.dynamicTest("R-SEC-10 POST change-link userId=" + value.label(), () -> {
                String input = "R-SEC-10 POST change-link userId=" + value.label();
                Object before = state.get();
                HostileAnswers.assertApi(new BearerClient(realm).post("/mdrive/contracts/" + alias + "/members/" + encoded + "/change-link",
                        token.get(), "{\"change\": \"login-method\"}"), true, input);
                assertEquals(before, state.get(), input);
            }));
        }
        return DynamicContainer.dynamicContainer("R-SEC-10 path parameters", cases);
    }

    /** The settings entry's query parameter: a redirect or a page of ours, never a fault or a header of the caller's. */
    private DynamicContainer settingsEntry() {
        List<DynamicTest> cases = new ArrayList<>();
        for (HostileInput.Text value : HostileInput.inUrls()) {
            String encoded = value.formEncoded().replace("+", "%20");
            cases.add(DynamicTest.dynamicTest("R-SEC-10 GET settings kc_locale=" + value.label(), () -> {
                String input = "R-SEC-10 GET settings kc_locale=" + value.label();
                BrowserFlowClient.Page page = new BrowserFlowClient(realm).get(realm.getBaseUrl() + "/mdrive/settings?kc_locale=" + encoded);
                HostileAnswers.assertPage(page, false, input);
                assertFalse(page.location().contains("\n") || page.location().contains("\r"), input + " → " + page.location());
            }));
        }
        return DynamicContainer.dynamicContainer("R-SEC-10 settings entry", cases);
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }

    @TestFactory
    @DisplayName("R-SEC-10 the legitimate requests still work beside the fuzzing")
    Stream<DynamicNode> legitimate() {
        Organizations.OwnContract contract = contract("fuzz-api-ok", Map.of());
        Supplier<String> token = tokenOf(contract.contractor());
        String base = "/mdrive/contracts/" + contract.alias();
        BearerClient api = new BearerClient(realm);
        return Stream.of(
                DynamicTest.dynamicTest("R-SEC-10 a valid invitation is registered", () -> {
                    String address = "fuzz-ok-" + System.nanoTime() + "@fuzz.example";
                    BearerClient.Answer answer = api.post(base + "/invitations", token.get(),
                            "{\"email\": \"" + address + "\", \"lastName\": \"招待\", \"firstName\": \"花子\", \"admin\": false, \"locale\": \"en\"}");
                    assertEquals(201, answer.status(), answer.body());
                    assertEquals(1, Mails.quietTo(mail, address, 1).size());
                }),
                DynamicTest.dynamicTest("R-SEC-10 valid switches and lists are stored", () -> {
                    assertEquals(200, api.put(base + "/line-numbers", token.get(), "{\"lineNumbers\": [\" ｃａｆ1234567890 \"]}").status());
                    assertEquals(200, api.put(base + "/two-step-verification", token.get(), "{\"enabled\": true}").status());
                    OrganizationResource resource = contract.resource();
                    assertEquals(List.of("CAF1234567890"), resource.toRepresentation().getAttributes().get("mdrive.line-numbers"));
                    assertTrue(resource.toRepresentation().getAttributes().get("mdrive.two-step-verification").contains("true"));
                }));
    }
}
