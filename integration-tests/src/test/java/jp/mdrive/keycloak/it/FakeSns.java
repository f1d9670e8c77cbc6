package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Amazon SNS that the server's real SNS sender (AWS SDK v2) talks to: it keeps
 * every Publish request the SDK sends and answers as SNS does, or with SNS's error when told to fail.
 * One per test JVM, on the port {@link MdriveServerConfig} points the server at.
 */
public final class FakeSns {

    public static final int PORT = 18566;

    public record Publish(String phoneNumber, String message, String smsType, String authorization) {
    }

    private static final String PUBLISHED = """
            <PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>fake-message</MessageId></PublishResult>
              <ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata>
            </PublishResponse>""";
    private static final String REFUSED = """
            <ErrorResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber</Message></Error>
              <RequestId>fake-request</RequestId>
            </ErrorResponse>""";
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    private static FakeSns running;

    private final List<Publish> published = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    private FakeSns() {
    }

    public static synchronized FakeSns start() {
        if (running == null) {
            FakeSns sns = new FakeSns();
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
                server.createContext("/", sns::answer);
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Port " + PORT + " for the SNS stand-in is taken", e);
            }
            running = sns;
        }
        return running;
    }

    /** From now on SNS refuses every Publish (as it refuses a number it cannot reach), or takes them again. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    public List<Publish> publishedTo(String phoneNumber) {
        return published.stream().filter(p -> p.phoneNumber().equals(phoneNumber)).toList();
    }

    /** The code of the newest message to that number, waiting for it up to 10 s. */
    public String awaitCode(String phoneNumber, int messagesBefore) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<Publish> messages = publishedTo(phoneNumber);
            if (messages.size() > messagesBefore) {
                Matcher code = CODE.matcher(messages.get(messages.size() - 1).message());
                if (!code.find()) {
                    throw new AssertionError("no code in " + messages.get(messages.size() - 1).message());
                }
                return code.group(1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no SMS to " + phoneNumber);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                .forEach(kv -> form.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : ""));
        String smsType = null;
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            if ("AWS.SNS.SMS.SMSType".equals(form.get("MessageAttributes.entry." + i + ".Name"))) {
                smsType = form.get("MessageAttributes.entry." + i + ".Value.StringValue");
            }
        }
        int status = failing ? 400 : 200;
        if (!failing && "Publish".equals(form.get("Action"))) {
            published.add(new Publish(form.get("PhoneNumber"), form.get("Message"), smsType,
                    exchange.getRequestHeaders().getFirst("Authorization")));
        }
        byte[] reply = (failing ? REFUSED : PUBLISHED).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
