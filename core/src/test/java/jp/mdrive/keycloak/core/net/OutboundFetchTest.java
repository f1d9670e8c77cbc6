package jp.mdrive.keycloak.core.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.common.enums.HostnameVerificationPolicy;

import jp.mdrive.keycloak.core.net.RefusedFetch.Reason;

/** The guard against a real local HTTP server on 127.0.0.1, which only an operator's allowance opens. */
class OutboundFetchTest {

    private static final OutboundFetch.Limits SMALL = new OutboundFetch.Limits(Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(2), 1000, 2);

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        int port = server.getAddress().getPort();
        switch (path) {
            case "/doc" -> send(exchange, 200, "{\"issuer\": \"x\"}");
            case "/to-doc" -> redirect(exchange, "/doc");
            case "/to-localhost" -> redirect(exchange, "https://localhost:" + port + "/doc");
            case "/to-ipv6-loopback" -> redirect(exchange, "https://[::1]:" + port + "/doc");
            case "/to-localhost-http" -> redirect(exchange, "http://localhost:" + port + "/doc");
            case "/to-metadata-service" -> redirect(exchange, "https://169.254.169.254/latest/meta-data/");
            case "/to-public-http" -> redirect(exchange, "http://8.8.8.8/doc");
            case "/loop" -> redirect(exchange, "/loop");
            case "/big" -> send(exchange, 200, "x".repeat(1001));
            case "/big-chunked" -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 20; i++) {
                        out.write("x".repeat(100).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            case "/slow" -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 10; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (InterruptedException | IOException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> send(exchange, 404, "no");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static OutboundFetch guard(String... allowedHosts) {
        return new OutboundFetch(Set.of(allowedHosts), SMALL, null, HostnameVerificationPolicy.DEFAULT);
    }

    private static RefusedFetch refused(OutboundFetch fetch, String url) {
        return assertThrows(RefusedFetch.class, () -> fetch.get(url), url);
    }

    @Test
    @DisplayName("R-SEC-5 without an allowance, plain http and every loopback address are refused before any connection")
    void internalRefused() {
        int port = server.getAddress().getPort();
        assertEquals(Reason.NOT_HTTPS, refused(guard(), base + "/doc").reason());
        assertEquals(Reason.NOT_PUBLIC, refused(guard(), "https://127.0.0.1:" + port + "/doc").reason());
        assertEquals(Reason.NOT_PUBLIC, refused(guard(), "https://127.0.0.2:" + port + "/doc").reason());
        assertEquals(Reason.NOT_PUBLIC, refused(guard(), "https://localhost:" + port + "/doc").reason(), "a name is judged by its addresses");
        assertEquals(Reason.NOT_PUBLIC, refused(guard(), "https://[::1]:" + port + "/doc").reason());
        assertEquals(Reason.NOT_PUBLIC, refused(guard(), "https://[::ffff:127.0.0.1]:" + port + "/doc").reason());
        assertEquals(Reason.NOT_PUBLIC, refused(guard(), "https://169.254.169.254/latest/meta-data/").reason());
        assertEquals(Reason.NOT_PUBLIC, refused(guard("localhost"), "https://127.0.0.1:" + port + "/doc").reason(),
                "an allowance names a host, not the addresses it resolves to");
        assertEquals(List.of(), requests, "nothing reached the server");
    }

    @Test
    @DisplayName("R-SEC-5 an allowed internal host is fetched, relative redirects on it are followed")
    void allowedHost() throws Exception {
        assertEquals("{\"issuer\": \"x\"}", guard("127.0.0.1").get(base + "/doc"));
        assertEquals("{\"issuer\": \"x\"}", guard("127.0.0.1").get(base + "/to-doc"));
        assertEquals("{\"issuer\": \"x\"}", guard("LOCALHOST").get("http://localhost:" + server.getAddress().getPort() + "/doc"),
                "host names compare without case");
    }

    @ParameterizedTest
    @CsvSource({"/to-localhost, NOT_PUBLIC", "/to-ipv6-loopback, NOT_PUBLIC", "/to-metadata-service, NOT_PUBLIC",
            "/to-localhost-http, NOT_HTTPS", "/to-public-http, NOT_HTTPS"})
    @DisplayName("R-SEC-5 a redirect from an allowed host is checked like any URL: the allowance does not carry over")
    void redirectsChecked(String path, Reason reason) {
        RefusedFetch refusal = refused(guard("127.0.0.1"), base + path);
        assertEquals(reason, refusal.reason());
        assertTrue(!refusal.url().startsWith(base), "names the redirect target: " + refusal.url());
        assertEquals(List.of(path), requests, "the redirect target was never requested");
    }

    @Test
    @DisplayName("R-SEC-5 redirects, body size and time are bounded; an error status is unreadable")
    void bounds() {
        OutboundFetch fetch = guard("127.0.0.1");
        assertEquals(Reason.UNREADABLE, refused(fetch, base + "/loop").reason());
        assertEquals(3, requests.size(), "the first request and two redirects: " + requests);
        assertEquals(Reason.UNREADABLE, refused(fetch, base + "/big").reason());
        assertEquals(Reason.UNREADABLE, refused(fetch, base + "/big-chunked").reason());
        long start = System.nanoTime();
        assertEquals(Reason.UNREADABLE, refused(fetch, base + "/slow").reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(4)) < 0, "stopped near the 2 s bound");
        assertEquals(Reason.UNREADABLE, refused(fetch, base + "/missing").reason());
    }

    @Test
    @DisplayName("R-SEC-5 malformed URLs and other schemes are refused")
    void malformed() {
        assertEquals(Reason.NOT_HTTPS, refused(guard(), "ftp://8.8.8.8/doc").reason());
        assertEquals(Reason.NOT_HTTPS, refused(guard(), "file:///etc/passwd").reason());
        assertEquals(Reason.UNREADABLE, refused(guard(), "not a url").reason());
        assertEquals(Reason.UNREADABLE, refused(guard(), "").reason());
        assertEquals(Reason.UNREADABLE, refused(guard(), null).reason());
    }

    @Test
    @DisplayName("R-SEC-5 endpoints named in metadata pass only as https on public addresses, or on an allowed host")
    void endpoints() {
        OutboundFetch fetch = guard("localhost");
        assertDoesNotThrow(() -> fetch.requireAllowed("https://8.8.8.8/adfs/oauth2/token"));
        assertDoesNotThrow(() -> fetch.requireAllowed("http://localhost:8080/realms/corp/protocol/openid-connect/token"));
        for (String url : new String[] {"https://169.254.169.254/token", "https://10.0.0.5/adfs/ls/", "https://[fd00::1]/jwks",
                "https://127.0.0.1:8443/token", "https://[::1]/token"}) {
            assertEquals(Reason.NOT_PUBLIC, assertThrows(RefusedFetch.class, () -> fetch.requireAllowed(url)).reason(), url);
        }
        assertEquals(Reason.NOT_HTTPS, assertThrows(RefusedFetch.class, () -> fetch.requireAllowed("http://8.8.8.8/token")).reason());
    }
}
