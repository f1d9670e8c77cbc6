package jp.mdrive.keycloak.core.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The SNS sender against a local HTTP stand-in for SNS: what the real AWS SDK puts on the wire is
 * checked field by field, and SNS's refusals and silences become a delivery failure.
 */
class SnsSmsSenderTest {

    private static final String PUBLISHED = """
            <PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>0f1e2d3c-message</MessageId></PublishResult>
              <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
            </PublishResponse>""";
    private static final String REFUSED = """
            <ErrorResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber</Message></Error>
              <RequestId>req-2</RequestId>
            </ErrorResponse>""";

    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private HttpServer sns;
    private volatile int status = 200;
    private volatile String answer = PUBLISHED;
    private volatile Duration delay = Duration.ZERO;

    @BeforeAll
    static void credentials() {
        // The standard AWS chain reads these; no real account is involved.
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    }

    @BeforeEach
    void start() throws IOException {
        sns = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sns.createContext("/", this::answer);
        sns.start();
    }

    @AfterEach
    void stop() {
        sns.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                .forEach(kv -> form.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : ""));
        form.put("Authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        requests.add(form);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    private SnsSmsSender sender(String senderId, Duration timeout) {
        SnsClient client = SnsSmsSenderFactory.client("ap-northeast-1", "http://127.0.0.1:" + sns.getAddress().getPort(), timeout,
                SnsSmsSenderFactory.credentials(null, null));
        return new SnsSmsSender(client, senderId);
    }

    @Test
    @DisplayName("R-2SV-9 the SDK publishes a transactional SMS to the E.164 number, signed, with the sender ID")
    void publishes() throws Exception {
        sender("MDRIVE", Duration.ofSeconds(5)).send("+819012345678", "M-Drive 認証コード: ABC123");

        assertEquals(1, requests.size());
        Map<String, String> publish = requests.get(0);
        assertEquals("Publish", publish.get("Action"));
        assertEquals("+819012345678", publish.get("PhoneNumber"));
        assertEquals("M-Drive 認証コード: ABC123", publish.get("Message"));
        Map<String, String> attributes = attributes(publish);
        assertEquals("Transactional", attributes.get(SnsSmsSender.SMS_TYPE));
        assertEquals("MDRIVE", attributes.get(SnsSmsSender.SENDER_ID));
        assertTrue(publish.get("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), publish.get("Authorization"));
        assertTrue(publish.get("Authorization").contains("/ap-northeast-1/sns/aws4_request"), publish.get("Authorization"));
    }

    @Test
    @DisplayName("R-2SV-9 without a sender ID only the SMS type is sent")
    void noSenderId() throws Exception {
        sender(null, Duration.ofSeconds(5)).send("+819012345678", "code");

        assertEquals(Map.of(SnsSmsSender.SMS_TYPE, "Transactional"), attributes(requests.get(0)));
    }

    @Test
    @DisplayName("R-2SV-9 an error answer from SNS is a delivery failure that names neither number nor text")
    void refused() {
        status = 400;
        answer = REFUSED;

        SmsDeliveryException failure = assertThrows(SmsDeliveryException.class,
                () -> sender(null, Duration.ofSeconds(5)).send("+819012345678", "secret code 123456"));
        assertEquals("SNS did not accept the message", failure.getMessage());
    }

    @Test
    @DisplayName("R-2SV-9 a silent SNS is cut off at the configured timeout instead of holding the login")
    void timesOut() {
        delay = Duration.ofSeconds(4);
        long start = System.nanoTime();

        assertThrows(SmsDeliveryException.class, () -> sender(null, Duration.ofSeconds(1)).send("+819012345678", "code"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3_500, "bounded by the timeout");
    }

    /** SNS's query protocol flattens the attribute map into numbered entries. */
    private static Map<String, String> attributes(Map<String, String> publish) {
        return publish.keySet().stream()
                .filter(key -> key.startsWith("MessageAttributes.entry.") && key.endsWith(".Name"))
                .collect(Collectors.toMap(publish::get,
                        key -> publish.get(key.replace(".Name", ".Value.StringValue"))));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
