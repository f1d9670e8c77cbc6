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
import java.util.stream.Collectors;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/** Calls our REST API the way a contract admin's tool would: a password-grant token, then bearer calls. */
public final class BearerClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ManagedRealm realm;

    public BearerClient(ManagedRealm realm) {
        this.realm = realm;
    }

    public String token(String username, String password) {
        Answer answer = passwordGrant(username, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("token for " + username + ": " + answer);
        }
        return (String) answer.json().get("access_token");
    }

    public Answer passwordGrant(String username, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", username, "password", password);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
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
