package jp.mdrive.keycloak.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Amazon SNS the server's real SNS sender talks to during the benchmark: it answers a Publish at
 * once and keeps the code for the benchmark's browser to type, except for numbers of the stalled
 * block, which it answers only after the sender has given up (R-PERF-2: a provider that hangs).
 */
final class SnsStandIn {

    /** Numbers in this block stall; the others are answered at once. */
    static final String STALLED_PREFIX = "+81909";

    private static final String PUBLISHED = """
            <PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>bench</MessageId></PublishResult>
              <ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata>
            </PublishResponse>""";
    private static final Pattern PHONE = Pattern.compile("(?:^|&)PhoneNumber=([^&]*)");
    private static final Pattern MESSAGE = Pattern.compile("(?:^|&)Message=([^&]*)");
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final long stallMillis;
    /** Off while the setup enrols the stalled numbers' users. */
    private volatile boolean stalling;

    private SnsStandIn(long stallMillis) {
        this.stallMillis = stallMillis;
    }

    static SnsStandIn start(int port, int stallSeconds) {
        SnsStandIn sns = new SnsStandIn(stallSeconds * 1000L);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", sns::answer);
            // every stalled request holds a thread of its own, as a hanging SNS holds a connection
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "sns-stand-in");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + port + " for the SNS stand-in is taken", e);
        }
        return sns;
    }

    void stalling(boolean stalling) {
        this.stalling = stalling;
    }

    /** The code last sent to the number, taken: each is typed once. */
    Optional<String> takeCode(String e164) {
        return Optional.ofNullable(codes.remove(e164));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String phone = field(PHONE, body);
        if (stalling && phone.startsWith(STALLED_PREFIX)) {
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            Matcher code = CODE.matcher(field(MESSAGE, body));
            if (code.find()) {
                codes.put(phone, code.group(1));
            }
        }
        byte[] reply = PUBLISHED.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, reply.length);
            out.write(reply);
        } catch (IOException e) {
            // the sender gave up on a stalled answer and closed the connection: as intended
        }
    }

    private static String field(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : "";
    }
}
