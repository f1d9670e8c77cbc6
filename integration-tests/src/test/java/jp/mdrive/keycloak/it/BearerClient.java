package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/**
 * Calls our REST API the way the service's front end would: a token of client {@code mdrive-api} (the
 * API's audience) from a fresh browser sign-in (with 2-step verification where the contract asks for
 * it), then bearer calls. One browser per user and server, kept across test classes like a user's own
 * browser, so 2SV is enrolled (by authenticator app) and remembered once; every token comes from a
 * sign-in with the password (the browser signed out first), as the API's changes want a recent one.
 */
public final class BearerClient {

    private static final Map<String, Browser> BROWSERS = new ConcurrentHashMap<>();

    private record Browser(BrowserFlowClient flow, String[] appKey) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ManagedRealm realm;
    private String baseUrl;
    private String line;

    public BearerClient(ManagedRealm realm) {
        this.realm = realm;
        this.baseUrl = realm.getBaseUrl();
    }

    /**
     * Signs in through the line-authentication gateway, as members of line-only contracts must; the API
     * calls then go to the gateway's address too, the issuer of the tokens it gets.
     */
    public BearerClient throughLine(String lineNumber) {
        this.line = lineNumber;
        this.baseUrl = baseUrl.replace("://localhost:", "://[::1]:");
        return this;
    }

    public String token(String username, String password) {
        Browser browser = BROWSERS.computeIfAbsent(realm.getBaseUrl() + " " + username + " " + line, key -> {
            BrowserFlowClient flow = new BrowserFlowClient(realm).toApiClient();
            return new Browser(line == null ? flow : flow.throughLine(line), new String[1]);
        });
        // signed out first, the remembered-2SV cookie kept: every token comes from a sign-in with the password
        BrowserFlowClient.Page page = browser.flow().keepOnlyCookies(name -> name.startsWith("MDRIVE_2SV_")).authorize("ja");
        if (page.has("kc-form-login")) {
            page = browser.flow().post(page.formAction("kc-form-login"), Map.of("username", username, "password", password, "credentialId", ""));
        }
        if (page.has(SecondStep.PHONE)) {
            page = browser.flow().post(page.formAction(SecondStep.SWITCH), Map.of("mdrive_action", "authenticator"));
            browser.appKey()[0] = page.text("mdrive-2sv-secret");
            page = browser.flow().post(page.formAction(SecondStep.AUTHENTICATOR), Map.of("code", Totp.now(browser.appKey()[0]), "remember", "on"));
            page = browser.flow().post(page.formAction(SecondStep.RECOVERY_CODE), Map.of("saved", "on"));
            page = browser.flow().post(page.formAction(SecondStep.DONE), Map.of());
        } else if (page.has(SecondStep.CODE)) {
            page = browser.flow().post(page.formAction(SecondStep.CODE), Map.of("code", Totp.now(browser.appKey()[0]), "remember", "on"));
        }
        if (!page.loggedIn()) {
            throw new IllegalStateException("no token for " + username + ": " + page.status() + " " + page.location() + " " + page.body());
        }
        return exchange(browser.flow(), page.code());
    }

    /** Exchanges the authorization code of a sign-in of that browser for its access token. */
    public String exchange(BrowserFlowClient flow, String code) {
        Answer answer = post("/protocol/openid-connect/token", Map.of("grant_type", "authorization_code", "code", code,
                "client_id", flow.clientId(), "redirect_uri", flow.redirectUri(), "code_verifier", BrowserFlowClient.CODE_VERIFIER));
        if (answer.status() != 200) {
            throw new IllegalStateException("token for " + flow.clientId() + ": " + answer);
        }
        return (String) answer.json().get("access_token");
    }

    public Answer passwordGrant(String username, String password) {
        return passwordGrantThrough("admin-cli", username, password);
    }

    /** A password grant through that client. */
    public Answer passwordGrantThrough(String clientId, String username, String password) {
        return post("/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password));
    }

    /** A password grant with the authenticator app's code, as a script of an enrolled user sends it. */
    public Answer passwordGrant(String username, String password, String otp) {
        return post("/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", username, "password", password, "otp", otp));
    }

    private Answer post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer post(String path, String token, String json) {
        return send("POST", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Answer put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /** A request as a hand-made client sends it: any method, media type (or none) and bytes. */
    public Answer send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response = exchange(http, request);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** Sends the request and reads the answer as UTF-8 text; a failed exchange fails the test. */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(int status, String contentType, String body) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            try {
                return JsonSerialization.readValue(body, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }
}
