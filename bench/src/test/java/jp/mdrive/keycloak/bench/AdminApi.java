package jp.mdrive.keycloak.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's admin REST API as the operator's tools call it, for setting the benchmark up and reading
 * the stock brute-force counters after it. The server's certificate is the one {@code bin/bench}
 * made, so only that one is trusted.
 */
final class AdminApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final SSLContext tls;
    private final String url;
    private String token;

    AdminApi(BenchOptions options) {
        this.url = options.url();
        this.tls = trusting(options.trustStore(), options.trustStorePassword());
        this.http = HttpClient.newBuilder().sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.token = signIn(options.admin());
    }

    /** TLS that trusts the server's certificate, for other clients of the setup. */
    SSLContext tls() {
        return tls;
    }

    JsonNode get(String path) {
        return read(send(request(path).GET(), 200));
    }

    /** POSTs JSON; returns the id at the end of the Location header, if any. */
    String post(String path, Object body) {
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), 200, 201, 204);
        return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse(null);
    }

    void put(String path, Object body) {
        send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(write(body))), 204);
    }

    boolean exists(String path) {
        return send(request(path).GET(), 200, 404).statusCode() == 200;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + "/admin/realms" + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int... accepted) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                // admin tokens live 60 s; a long setup outlives one
                token = signIn(null);
                response = http.send(request.setHeader("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            }
            for (int status : accepted) {
                if (response.statusCode() == status) {
                    return response;
                }
            }
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            throw new IllegalStateException("admin API at " + url + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String[] credentials;

    private String signIn(String admin) {
        if (admin != null) {
            credentials = admin.split(":", 2);
        }
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(credentials[0]) + "&password=" + encode(credentials[1]);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("admin sign-in at " + url + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("server at " + url + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trusting(Path trustStore, String password) {
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the server's certificate from " + trustStore, e);
        }
    }

    static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON from " + response.uri(), e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
