package jp.mdrive.keycloak.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

/**
 * What the benchmark's users set up through the pages before the timed rounds, a few browsers at
 * once: the SMS enrolment (an SMS phone is no credential the admin API can import), the remembered
 * browser of scenario 2, whose sign-ins then start with its cookie, and the app users' first sign-in
 * of the day.
 */
final class BrowserSetup {

    private static final Pattern FORM = Pattern.compile("<form [^>]*>", Pattern.DOTALL);

    private final String url;
    private final SSLContext tls;
    private final SnsStandIn sns;

    BrowserSetup(String url, SSLContext tls, SnsStandIn sns) {
        this.url = url;
        this.tls = tls;
        this.sns = sns;
    }

    /**
     * Password and the app's code, once per user (M-Drive's code page or stock's OTP form), then waits
     * for the app's next 30-second step so that the rounds never type a code spent here.
     */
    void signInWithApp(String realm, List<BenchUsers.User> users) {
        boolean mdrive = realm.equals(BenchUsers.MDRIVE);
        forEach(realm, users, (user, browser, page) -> {
            signedIn(user, send(browser, form(action(page, mdrive ? "mdrive-2sv-code-form" : "kc-otp-login-form"),
                    Map.of(mdrive ? "code" : "otp", AppCode.now(user.otpSecret())))));
            return null;
        });
        long step = AppCode.step();
        while (AppCode.step() == step) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Password, phone number, the code from the stand-in, the recovery code acknowledged, 2段階認証完了. */
    void enrolSms(List<BenchUsers.User> users) {
        forEach(BenchUsers.MDRIVE, users, (user, browser, page) -> {
            page = post(browser, action(page, "mdrive-2sv-phone-form"), Map.of("phone", user.phone()));
            String code = sns.takeCode(user.phone()).orElseThrow(() -> new IllegalStateException("no SMS for " + user.username()));
            page = post(browser, action(page, "mdrive-2sv-code-form"), Map.of("code", code));
            page = post(browser, action(page, "mdrive-2sv-recovery-code-form"), Map.of("saved", "on"));
            signedIn(user, send(browser, form(action(page, "mdrive-2sv-done-form"), Map.of())));
            return null;
        });
    }

    /** Password, the app's code and 「このブラウザを記憶する」; the remembered-browser cookie by user name. */
    Map<String, HttpCookie> rememberBrowsers(List<BenchUsers.User> users) {
        Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();
        forEach(BenchUsers.MDRIVE, users, (user, browser, page) -> {
            signedIn(user, send(browser, form(action(page, "mdrive-2sv-code-form"), Map.of("code", AppCode.now(user.otpSecret()), "remember", "on"))));
            HttpCookie remembered = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().startsWith("MDRIVE_2SV_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no remembered-browser cookie for " + user.username()));
            cookies.put(user.username(), remembered);
            return null;
        });
        return cookies;
    }

    /** What a browser does once past the password page. */
    private interface AfterPassword {
        Void go(BenchUsers.User user, HttpClient browser, String page) throws IOException, InterruptedException;
    }

    private void forEach(String realm, List<BenchUsers.User> users, AfterPassword then) {
        ExecutorService browsers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> done = users.stream().map(user -> browsers.submit(() -> {
                HttpClient browser = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager()).build();
                String page = send(browser, HttpRequest.newBuilder(URI.create(url + "/realms/" + realm
                        + "/protocol/openid-connect/auth?client_id=" + Logins.CLIENT_ID + "&response_type=code&scope=openid&ui_locales=en"
                        + "&code_challenge=" + Logins.CODE_CHALLENGE + "&code_challenge_method=S256"
                        + "&redirect_uri=" + AdminApi.encode(url + "/realms/" + realm + "/account/"))).GET()).body();
                page = post(browser, action(page, "kc-form-login"), Map.of("username", user.username(), "password", BenchUsers.PASSWORD, "credentialId", ""));
                return then.go(user, browser, page);
            })).collect(Collectors.toList());
            for (Future<Void> setup : done) {
                setup.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("setting the benchmark's users up through the pages failed", e);
        } finally {
            browsers.shutdown();
        }
    }

    private static void signedIn(BenchUsers.User user, HttpResponse<String> answer) {
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("setup of " + user.username() + " ended with " + answer.statusCode());
        }
    }

    private String post(HttpClient browser, String action, Map<String, String> fields) throws IOException, InterruptedException {
        return send(browser, form(action, fields)).body();
    }

    private static HttpRequest.Builder form(String action, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + AdminApi.encode(e.getValue())).collect(Collectors.joining("&"))));
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String action(String page, String formId) {
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (form.group().contains("id=\"" + formId + "\"")) {
                Matcher action = Pattern.compile("\\saction=\"([^\"]*)\"").matcher(form.group());
                if (action.find()) {
                    return action.group(1).replace("&amp;", "&");
                }
            }
        }
        throw new IllegalStateException("no form " + formId + " on the page: " + page.substring(0, Math.min(page.length(), 2000)));
    }
}
