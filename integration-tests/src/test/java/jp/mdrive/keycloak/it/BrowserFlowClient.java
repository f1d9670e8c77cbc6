package jp.mdrive.keycloak.it;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Drives realm mdrive's browser flow over plain HTTP, one authentication session per instance, so
 * tests can fire many logins at once. Keycloak marks its cookies Secure even on http://localhost,
 * which the JDK's cookie handling would then withhold; this keeps its own cookie jar, safe for
 * threads, so that an attacker's many parallel posts into one sign-in can share it too.
 */
public final class BrowserFlowClient {

    static final String CLIENT_ID = "account-console";
    static final String SETTINGS_CLIENT_ID = "mdrive-settings";
    /** The client whose tokens the M-Drive API accepts (its audience). */
    static final String API_CLIENT_ID = "mdrive-api";
    /** A fixed PKCE pair (the challenge is the S256 of the verifier), so codes can be exchanged for tokens. */
    static final String CODE_VERIFIER = "dBjftJeZ4CVP-mJ0B1BQJ3fTnL1dG6nVMo0Ns4N-4W4";
    static final String CODE_CHALLENGE = "FtZrrjsZ1Z61D74JBzZuMpxwJOZiryymx7hZv7pKe9M";
    private static final String REDIRECT_URI_PATH = "/account/";
    /** The settings client's only redirect URI: トップ画面へ; it never receives a code there. */
    private static final String SETTINGS_REDIRECT_URI_PATH = "/mdrive/settings/top";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** By name and path, as a browser keeps them: two realms on one server each have their own AUTH_SESSION_ID. */
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    private record Cookie(String name, String value, String path) {
    }
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String baseUrl;
    /** The server's public address and the cluster node this browser's requests go to instead, if any. */
    private String publicOrigin;
    private String nodeOrigin;
    private String clientId = CLIENT_ID;
    private Page loginPage;
    private String loginAction;

    public BrowserFlowClient(ManagedRealm realm) {
        this(realm.getBaseUrl());
    }

    /** A browser for a realm of a server the test framework does not manage, such as {@code bin/start}'s. */
    public BrowserFlowClient(String realmBaseUrl) {
        this.baseUrl = realmBaseUrl;
    }

    /**
     * A browser behind the line-authentication gateway: it reaches the server over IPv6 loopback (the
     * tests' trusted gateway address) and every request carries the gateway's line header.
     */
    public BrowserFlowClient throughLine(String lineHeaderValue) {
        baseUrl = baseUrl.replace("://localhost:", "://[::1]:");
        headers.put("X-Mdrive-Line-Id", lineHeaderValue);
        return this;
    }

    /** A browser on the internet that sends the line header anyway: it is not the gateway. */
    public BrowserFlowClient claimingLine(String lineHeaderValue) {
        headers.put("X-Mdrive-Line-Id", lineHeaderValue);
        return this;
    }

    /**
     * Sends this browser's requests to one node of a cluster, as a load balancer in front of it
     * would: pages and mails carry the public address, each request goes to the node chosen last.
     */
    public BrowserFlowClient onNode(String publicOrigin, String nodeOrigin) {
        this.publicOrigin = publicOrigin;
        this.nodeOrigin = nodeOrigin;
        return this;
    }

    /** Signs in to the settings menu's client instead of the account console. */
    public BrowserFlowClient toSettingsMenu() {
        clientId = SETTINGS_CLIENT_ID;
        return this;
    }

    /** Signs in to the client whose tokens the M-Drive API takes. */
    public BrowserFlowClient toApiClient() {
        clientId = API_CLIENT_ID;
        return this;
    }

    /** Opens the login page (a fresh authentication session) and remembers its form action. */
    public BrowserFlowClient openLoginPage(String locale) {
        loginPage = authorize(locale);
        loginAction = loginPage.formAction("kc-form-login");
        return this;
    }

    /** The authorization request of the client: the login page, or straight back with a code (SSO). */
    public Page authorize(String locale) {
        return authorize(locale, "");
    }

    /** With extra query parameters, such as {@code &kc_idp_hint=…}. */
    public Page authorize(String locale, String extraQuery) {
        return get(baseUrl + "/protocol/openid-connect/auth?client_id=" + clientId + "&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(redirectUri())
                + "&code_challenge=" + CODE_CHALLENGE + "&code_challenge_method=S256"
                + "&ui_locales=" + locale + extraQuery);
    }

    public String clientId() {
        return clientId;
    }

    public String redirectUri() {
        return baseUrl + (SETTINGS_CLIENT_ID.equals(clientId) ? SETTINGS_REDIRECT_URI_PATH : REDIRECT_URI_PATH);
    }

    /** Follows redirects as a browser does, across hosts, until a page or the client's redirect URI. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 20 && (current.status() == 302 || current.status() == 303)
                && !current.location().startsWith(redirectUri()); hops++) {
            current = get(current.location());
        }
        return current;
    }

    /** Submits the login form once; the answer is the redirect of a success or the page shown again. */
    public Page logIn(String username, String password) {
        return post(loginAction, Map.of("username", username, "password", password, "credentialId", ""));
    }

    /** The href of the login page's forgot-password link, as the page rendered it. */
    public String forgotPasswordLink() {
        return loginPage.attribute("mdrive-forgot-password", "href");
    }

    /** Forgets every cookie but those whose name passes: a browser after sign-out keeps only some. */
    public synchronized BrowserFlowClient keepOnlyCookies(Predicate<String> names) {
        cookies.values().removeIf(cookie -> !names.test(cookie.name()));
        return this;
    }

    /** Forgets the cookies of one realm of the server: signed out there, still signed in elsewhere. */
    public synchronized BrowserFlowClient forgetRealmCookies(String realmName) {
        cookies.values().removeIf(cookie -> cookie.path().startsWith("/realms/" + realmName + "/"));
        return this;
    }

    public Page post(String url, Map<String, String> fields) {
        return postEncoded(url, fields.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
    }

    /** Submits a form body encoded by hand: repeated fields, or bytes that are not UTF-8, as no browser sends them. */
    public Page postEncoded(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** GETs a URL; a path without host (as pages render some links) is on the realm's server. */
    public Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(url)).GET());
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        HttpRequest built = request.build();
        if (nodeOrigin != null && built.uri().toString().startsWith(publicOrigin)) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .uri(URI.create(nodeOrigin + built.uri().toString().substring(publicOrigin.length()))).build();
        }
        String sent = cookieHeader(built.uri().getRawPath());
        if (!sent.isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", sent).build();
        }
        HttpResponse<String> response = BearerClient.exchange(http, built);
        response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
        return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
    }

    private synchronized String cookieHeader(String path) {
        return cookies.values().stream().filter(cookie -> path.startsWith(cookie.path()))
                .map(cookie -> cookie.name() + "=" + cookie.value()).collect(Collectors.joining("; "));
    }

    /** Keeps or, when it has expired, drops a cookie; Secure is ignored (see the class comment). */
    private synchronized void keepCookie(String header) {
        String[] parts = header.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).strip();
        String path = "/";
        boolean expired = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            String lower = attribute.toLowerCase(Locale.ROOT);
            if (lower.startsWith("path=")) {
                path = attribute.substring(5);
            } else if (lower.equals("max-age=0") || lower.startsWith("expires=thu, 01 jan 1970") || lower.startsWith("expires=thu, 01-jan-1970")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name + " " + path);
        } else {
            cookies.put(name + " " + path, new Cookie(name, parts[0].substring(equals + 1).strip(), path));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Page(int status, String location, String body) {

        /** A successful login redirects back to the client with an authorization code. */
        public boolean loggedIn() {
            return status == 302 && location.contains("code=");
        }

        /** The password was right: signed in, or on to the 2-step verification. */
        public boolean passedPassword() {
            return loggedIn() || body.contains("id=\"mdrive-2sv-");
        }

        /** Whether the page has an element with that id. */
        public boolean has(String id) {
            return body.contains("id=\"" + id + "\"");
        }

        /** The text inside the element with that id, tags removed, entities of ours unescaped. */
        public String text(String id) {
            Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(body);
            if (!element.find()) {
                throw new IllegalStateException("no element " + id + " in " + status + ": " + body);
            }
            return element.group(1).replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&gt;", ">").strip();
        }

        /** The authorization code of a successful login. */
        public String code() {
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            if (!code.find()) {
                throw new IllegalStateException("not signed in: " + status + " " + location);
            }
            return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
        }

        public boolean says(String text) {
            return body.contains(text);
        }

        /** The action URL of the form with that id. */
        public String formAction(String formId) {
            return attribute(formId, "action");
        }

        /** An attribute of the element with that id, unescaped. */
        public String attribute(String id, String name) {
            Matcher element = Pattern.compile("<[a-z]+ [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>", Pattern.DOTALL).matcher(body);
            if (!element.find()) {
                throw new IllegalStateException("no element " + id + " in " + status + ": " + body);
            }
            Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(element.group());
            if (!attribute.find()) {
                throw new IllegalStateException("no " + name + " on " + id);
            }
            return attribute.group(1).replace("&amp;", "&");
        }
    }
}
