package jp.mdrive.keycloak.core.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.keycloak.common.enums.HostnameVerificationPolicy;
import org.keycloak.connections.httpclient.HttpClientBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.truststore.TruststoreProvider;

import jp.mdrive.keycloak.core.net.RefusedFetch.Reason;

/**
 * R-SEC-5: a GET on a customer's behalf that cannot be turned against the server's own network.
 * Only {@code https} URLs whose host resolves to public addresses only ({@link PublicAddress}) are
 * fetched; redirects are followed here, each checked the same way, a bounded number of times; the
 * connection, each read, the whole fetch and the body are bounded.
 * <p>
 * The check sits in the client's DNS resolver, so the addresses checked are the very addresses
 * connected to: a name that resolves to a public address for a check and to 127.0.0.1 for the
 * connection (DNS rebinding) cannot slip between the two. TLS still names the host (SNI, hostname
 * verification against Keycloak's truststore). No proxy is used, as a proxy would resolve the name
 * itself.
 * <p>
 * Operators may name internal hosts (an ADFS inside the company network, the test server) that are
 * fetched over http or https whatever their addresses; the allowance is for exactly those names, so
 * a redirect from one of them to any other internal address is refused like any other.
 */
public final class OutboundFetch {

    /** Bounds of one fetch, redirects included. */
    public record Limits(Duration connectTimeout, Duration readTimeout, Duration total, int maxBytes, int maxRedirects) {
        /** Metadata documents are a few hundred kilobytes at most; an ADFS answers within seconds. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                1024 * 1024, 3);
    }

    private final Set<String> internalHosts;
    private final Limits limits;
    private final KeyStore truststore;
    private final HostnameVerificationPolicy hostnameVerification;

    /** @param truststore the certificates to trust, {@code null} for the JVM's */
    public OutboundFetch(Set<String> internalHosts, Limits limits, KeyStore truststore, HostnameVerificationPolicy hostnameVerification) {
        this.internalHosts = internalHosts.stream().map(OutboundFetch::hostKey).collect(Collectors.toUnmodifiableSet());
        this.limits = limits;
        this.truststore = truststore;
        this.hostnameVerification = hostnameVerification;
    }

    /** With Keycloak's truststore and hostname policy, as the server's own outgoing calls use them. */
    public static OutboundFetch of(KeycloakSession session, Set<String> internalHosts) {
        TruststoreProvider truststore = session.getProvider(TruststoreProvider.class);
        return truststore == null ? new OutboundFetch(internalHosts, Limits.DEFAULT, null, HostnameVerificationPolicy.DEFAULT)
                : new OutboundFetch(internalHosts, Limits.DEFAULT, truststore.getTruststore(), truststore.getPolicy());
    }

    /** The body of a 200 answer, after at most {@link Limits#maxRedirects()} checked redirects. */
    public String get(String url) throws RefusedFetch {
        long deadline = System.nanoTime() + limits.total().toNanos();
        URI target = allowedTarget(url);
        try (CloseableHttpClient client = client()) {
            for (int redirects = 0; ; redirects++) {
                HttpGet request = new HttpGet(target);
                try (CloseableHttpResponse response = client.execute(request)) {
                    int status = response.getStatusLine().getStatusCode();
                    Header location = response.getFirstHeader("Location");
                    if (status == 200) {
                        return body(request, response.getEntity(), deadline);
                    }
                    if (!isRedirect(status) || location == null) {
                        throw new RefusedFetch(Reason.UNREADABLE, target.toString(), "status " + status);
                    }
                    if (redirects == limits.maxRedirects() || System.nanoTime() > deadline) {
                        throw new RefusedFetch(Reason.UNREADABLE, target.toString(), "too many redirects or too slow");
                    }
                    target = allowedTarget(resolve(target, location.getValue()));
                } catch (NotPublic e) {
                    throw new RefusedFetch(Reason.NOT_PUBLIC, target.toString(), e.getMessage());
                } catch (IOException e) {
                    throw new RefusedFetch(Reason.UNREADABLE, target.toString(), e.toString());
                }
            }
        } catch (IOException e) {
            throw new RefusedFetch(Reason.UNREADABLE, url, e.toString());
        }
    }

    /**
     * Refuses a URL this guard would not fetch from, checking every address its host resolves to now:
     * for endpoints that others (Keycloak's broker, browsers) will call later.
     */
    public void requireAllowed(String url) throws RefusedFetch {
        URI target = allowedTarget(url);
        try {
            checkedAddresses(target.getHost());
        } catch (NotPublic e) {
            throw new RefusedFetch(Reason.NOT_PUBLIC, url, e.getMessage());
        } catch (UnknownHostException e) {
            throw new RefusedFetch(Reason.UNREADABLE, url, e.toString());
        }
    }

    private URI allowedTarget(String url) throws RefusedFetch {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedFetch(Reason.UNREADABLE, String.valueOf(url), e.getMessage());
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedFetch(scheme.isEmpty() ? Reason.UNREADABLE : Reason.NOT_HTTPS, String.valueOf(url), "scheme " + scheme);
        }
        if (uri.getHost() == null) {
            throw new RefusedFetch(Reason.UNREADABLE, String.valueOf(url), "no host");
        }
        if (scheme.equals("http") && !internalHosts.contains(hostKey(uri.getHost()))) {
            throw new RefusedFetch(Reason.NOT_HTTPS, uri.toString(), "plain http");
        }
        return uri;
    }

    /** Every address of the host, refused unless all are public or the operator named the host. */
    private InetAddress[] checkedAddresses(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (!internalHosts.contains(hostKey(host))) {
            for (InetAddress address : addresses) {
                if (!PublicAddress.isPublic(address)) {
                    throw new NotPublic(host + " resolves to " + address.getHostAddress());
                }
            }
        }
        return addresses;
    }

    private CloseableHttpClient client() {
        HttpClientBuilder builder = new HttpClientBuilder(HttpClients.custom().setDnsResolver(this::checkedAddresses)
                .disableAutomaticRetries().disableContentCompression())
                .establishConnectionTimeout(limits.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .socketTimeout(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .connectionRequestTimeout(limits.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableRedirectHandling().disableCookies(true).reuseConnections(false)
                .hostnameVerification(hostnameVerification);
        if (truststore != null) {
            builder.trustStore(truststore);
        }
        return builder.build();
    }

    /** Read up to the bounds; past them the connection is dropped, as closing the stream would read the rest. */
    private String body(HttpGet request, HttpEntity entity, long deadline) throws IOException, RefusedFetch {
        if (entity == null) {
            return "";
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        InputStream in = entity.getContent();
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            body.write(buffer, 0, read);
            if (body.size() > limits.maxBytes() || System.nanoTime() > deadline) {
                request.abort();
                throw new RefusedFetch(Reason.UNREADABLE, request.getURI().toString(), "body too large or too slow");
            }
        }
        in.close();
        return body.toString(charset(entity));
    }

    private static Charset charset(HttpEntity entity) {
        try {
            ContentType type = ContentType.get(entity);
            return type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String resolve(URI base, String location) throws RefusedFetch {
        try {
            return base.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new RefusedFetch(Reason.UNREADABLE, location, "bad redirect");
        }
    }

    /** Host names compare without case and IPv6 literals without brackets. */
    private static String hostKey(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        return key.startsWith("[") && key.endsWith("]") ? key.substring(1, key.length() - 1) : key;
    }

    /** Thrown from inside the client's resolver, so it must be the kind of exception a resolver throws. */
    private static final class NotPublic extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        NotPublic(String message) {
            super(message);
        }
    }
}
