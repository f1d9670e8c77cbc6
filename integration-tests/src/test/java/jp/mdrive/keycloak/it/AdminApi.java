package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;

/**
 * Keycloak's admin REST API of one realm over raw HTTP, as the admin console (or an attacker's
 * script) calls it: any token or none, any language, any body. Paths are below
 * {@code /admin/realms/{realm}}; ours start with {@code /mdrive}.
 */
final class AdminApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;

    AdminApi(KeycloakUrls urls, String realm) {
        this.root = urls.getBase() + "/admin/realms/" + realm;
    }

    BearerClient.Answer get(String path, String token) {
        return send("GET", path, token, "ja", null);
    }

    BearerClient.Answer delete(String path, String token) {
        return send("DELETE", path, token, "ja", null);
    }

    BearerClient.Answer put(String path, String token, String language, String json) {
        return send("PUT", path, token, language, json);
    }

    BearerClient.Answer post(String path, String token, String language, String json) {
        return send("POST", path, token, language, json);
    }

    BearerClient.Answer send(String method, String path, String token, String language, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = BearerClient.exchange(http, request.build());
        return new BearerClient.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** A token of admin-cli in that realm for a user, by password grant; fails the test when refused. */
    static String token(ManagedRealm realm, String username, String password) {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = BearerClient.exchange(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        try {
            return (String) JsonSerialization.readValue(response.body(), Map.class).get("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An admin-cli token of a fresh user of realm mdrive holding only these realm-management roles. The
     * user is a member of a contract with 2SV off, where the password grant asks for the password alone.
     */
    static String userToken(ManagedRealm realm, String name, String... roles) {
        String email = name + "-" + System.nanoTime() + "@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        Organizations.join(Organizations.twoStepOff(realm), userId);
        if (roles.length > 0) {
            grant(realm, userId, roles);
        }
        return token(realm, email, DemoRealm.PASSWORD);
    }

    /** Gives the user these roles of the realm's realm-management client, as an admin does in the console. */
    static void grant(ManagedRealm realm, String userId, String... roles) {
        ClientRepresentation realmManagement = realm.admin().clients().findByClientId("realm-management").get(0);
        List<RoleRepresentation> granted = Arrays.stream(roles)
                .map(role -> realm.admin().clients().get(realmManagement.getId()).roles().get(role).toRepresentation()).toList();
        realm.admin().users().get(userId).roles().clientLevel(realmManagement.getId()).add(granted);
    }
}
