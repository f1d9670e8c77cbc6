package jp.mdrive.keycloak.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The browser's side of each sign-in, request by request, as Gatling chains: the client's
 * authorization request (account console, PKCE, English pages), the password form, and the second
 * step's form where there is one. A sign-in is timed from its first request to the redirect back to
 * the client with a code; a browser starts each one without Keycloak's cookies.
 */
final class Logins {

    static final String CLIENT_ID = "account-console";
    static final String CODE_CHALLENGE = "FtZrrjsZ1Z61D74JBzZuMpxwJOZiryymx7hZv7pKe9M";
    private static final String MDRIVE_CODE_FORM = "mdrive-2sv-code-form";
    private static final String STOCK_OTP_FORM = "kc-otp-login-form";
    private static final String LOCKED = "Your account is locked";

    private final String url;
    private final SnsStandIn sns;

    Logins(String url, SnsStandIn sns) {
        this.url = url;
        this.sns = sns;
    }

    /** Password only: M-Drive's contract with 2SV off, or stock's browser flow. */
    ChainBuilder password(Arm arm, String realm, int round) {
        return exec(flushCookieJar()).exec(timed(arm, round, exec(loginPage(arm, realm), passwordPost(arm).check(signedIn()))));
    }

    /** Password and the app's code: M-Drive's code page, or stock's OTP form. */
    ChainBuilder appCode(Arm arm, String realm, int round) {
        boolean mdrive = realm.equals(BenchUsers.MDRIVE);
        String form = mdrive ? MDRIVE_CODE_FORM : STOCK_OTP_FORM;
        return exec(flushCookieJar()).exec(timed(arm, round, exec(loginPage(arm, realm), passwordPost(arm).check(formAction(form)),
                http(arm.request("app code")).post("#{action}").formParam(mdrive ? "code" : "otp", s -> AppCode.now(s.getString("otpSecret")))
                        .check(signedIn()))));
    }

    /** Password and the code the SNS stand-in received; the stand-in answers at once. */
    ChainBuilder smsCode(Arm arm, int round) {
        return exec(flushCookieJar()).exec(timed(arm, round, exec(loginPage(arm, BenchUsers.MDRIVE), passwordPost(arm).check(formAction(MDRIVE_CODE_FORM)),
                http(arm.request("sms code")).post("#{action}").formParam("code", s -> sns.takeCode(s.getString("phone")).orElse("no code"))
                        .check(signedIn()))));
    }

    /**
     * A browser remembered before the rounds ({@link BrowserSetup}), closed and opened again:
     * Keycloak's session cookies gone, the 30-day one kept.
     */
    ChainBuilder remembered(Arm arm, int round) {
        return exec(flushCookieJar(), addCookie(Cookie("#{rememberName}", "#{rememberValue}").withPath("/realms/" + BenchUsers.MDRIVE + "/").withSecure(true)))
                .exec(timed(arm, round, exec(loginPage(arm, BenchUsers.MDRIVE), passwordPost(arm).check(signedIn()))));
    }

    /** Scenario 5's other users: the password sends an SMS through the stalled SNS and waits on the sender's timeout. */
    ChainBuilder stalledSms(int round) {
        Arm arm = Arm.MDRIVE_PASSWORD_STALLED_SNS;
        return exec(flushCookieJar()).exec(session -> session.set("t0", System.nanoTime()))
                .exitBlockOnFail().on(loginPage(arm, BenchUsers.MDRIVE), http("stalled-sms: password").post("#{action}")
                        .formParam("username", "#{username}").formParam("password", "#{password}").formParam("credentialId", "")
                        .check(status().is(200)))
                .exec(session -> {
                    Timings.recordStalled(sample(arm, round, session, false));
                    return session.markAsSucceeded();
                });
    }

    /** One wrong password of the burst; the answer says whether the account is locked (M-Drive says so; stock does not). */
    ChainBuilder wrongPassword(Arm arm, String realm, int round) {
        return exec(flushCookieJar()).exec(session -> session.set("t0", System.nanoTime()))
                .exitBlockOnFail().on(loginPage(arm, realm), http(arm.request("wrong password")).post("#{action}")
                        .formParam("username", "#{username}").formParam("password", "Wrong-Pass1").formParam("credentialId", "")
                        .check(status().is(200), substring(LOCKED).count().saveAs("locked")))
                .exec(session -> {
                    Timings.record(sample(arm, round, session, session.contains("locked") && session.getInt("locked") > 0));
                    return session.markAsSucceeded().remove("locked");
                });
    }

    private ChainBuilder timed(Arm arm, int round, ChainBuilder steps) {
        return exec(session -> session.set("t0", System.nanoTime()))
                .exitBlockOnFail().on(steps)
                .exec(session -> {
                    Timings.record(sample(arm, round, session, false));
                    return session.markAsSucceeded();
                });
    }

    private static Timings.Sample sample(Arm arm, int round, Session session, boolean locked) {
        return new Timings.Sample(arm, round, session.getString("username"), session.getLong("t0"), System.nanoTime(), !session.isFailed(), locked);
    }

    private HttpRequestActionBuilder loginPage(Arm arm, String realm) {
        return http(arm.request("login page")).get("/realms/" + realm + "/protocol/openid-connect/auth")
                .queryParam("client_id", CLIENT_ID)
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", url + "/realms/" + realm + "/account/")
                .queryParam("code_challenge", CODE_CHALLENGE)
                .queryParam("code_challenge_method", "S256")
                .queryParam("ui_locales", "en")
                .check(formAction("kc-form-login"));
    }

    private static HttpRequestActionBuilder passwordPost(Arm arm) {
        return http(arm.request("password")).post("#{action}")
                .formParam("username", "#{username}")
                .formParam("password", "#{password}")
                .formParam("credentialId", "");
    }

    private static CheckBuilder formAction(String formId) {
        return css("#" + formId, "action").saveAs("action");
    }

    /** Back at the client with an authorization code. */
    private static CheckBuilder[] signedIn() {
        return new CheckBuilder[] {status().is(302), headerRegex("Location", "[?&]code=").exists()};
    }
}
