package jp.mdrive.keycloak.it;

import java.util.Map;

import org.keycloak.testframework.realm.ManagedRealm;

/** One browser going through the password page and the 2-step verification pages over HTTP. */
final class SecondStep {

    /** Enrolment's first page: the phone number (manual 1.1 (2)). */
    static final String PHONE = "mdrive-2sv-phone-form";
    /** 「QRコードでの認証はこちら」 on the phone page, and the way back to SMS on the app's page. */
    static final String SWITCH = "mdrive-2sv-switch-form";
    static final String CODE = "mdrive-2sv-code-form";
    static final String AUTHENTICATOR = "mdrive-2sv-authenticator-form";
    static final String RECOVERY_CODE = "mdrive-2sv-recovery-code-form";
    static final String DONE = "mdrive-2sv-done-form";
    static final String RECOVERY = "mdrive-2sv-recovery-form";

    final BrowserFlowClient browser;
    BrowserFlowClient.Page page;

    private SecondStep(BrowserFlowClient browser) {
        this.browser = browser;
    }

    static SecondStep newBrowser(ManagedRealm realm) {
        return in(new BrowserFlowClient(realm));
    }

    static SecondStep in(BrowserFlowClient browser) {
        return new SecondStep(browser);
    }

    /** Signs in with the password; the same browser, so remembered-browser cookies go along. */
    SecondStep logIn(String email, String locale) {
        return logIn(email, DemoRealm.PASSWORD, locale);
    }

    SecondStep logIn(String email, String password, String locale) {
        // a signed-out browser: Keycloak's session cookies gone, ours kept
        browser.keepOnlyCookies(name -> name.startsWith("MDRIVE_2SV_"));
        page = browser.openLoginPage(locale).logIn(email, password);
        return this;
    }

    SecondStep submit(String formId, Map<String, String> fields) {
        page = browser.post(page.formAction(formId), fields);
        return this;
    }

    /**
     * Loads the page of the form again, as a browser's reload does: the form's address without its
     * one-time session code, so Keycloak shows the step afresh rather than taking a post.
     */
    SecondStep reload(String formId) {
        page = browser.follow(browser.get(page.formAction(formId).replaceAll("session_code=[^&]*&?", "")));
        return this;
    }

    boolean on(String formId) {
        return page.has(formId);
    }

    /** The form's field error, or the page's message. */
    String message() {
        for (String id : new String[] {"input-error-code", "input-error-phone", "input-error-saved", "input-error-recovery_code"}) {
            if (page.has(id)) {
                return page.text(id);
            }
        }
        return page.body().replaceAll("(?s).*class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>(.*?)</span>.*", "$1").strip();
    }

    /** 「QRコードでの認証はこちら」: from the phone page to the authenticator app's page. */
    SecondStep useApp() {
        return submit(SWITCH, Map.of("mdrive_action", "authenticator"));
    }

    /** From the authenticator app's page back to the phone page. */
    SecondStep useSms() {
        return submit(SWITCH, Map.of("mdrive_action", "sms"));
    }

    /** From the phone page through the SMS code to the recovery-code page; the code entered returned. */
    String provePhone(FakeSns sns, String typedPhone, String e164, boolean remember) {
        int before = sns.publishedTo(e164).size();
        submit(PHONE, Map.of("phone", typedPhone));
        String code = sns.awaitCode(e164, before);
        submit(CODE, remember ? Map.of("code", code, "remember", "on") : Map.of("code", code));
        return code;
    }

    /** From the phone page through SMS enrolment to signed in; the recovery code shown on the way. */
    String enrolBySms(FakeSns sns, String typedPhone, String e164, boolean remember) {
        provePhone(sns, typedPhone, e164, remember);
        String recoveryCode = page.text("mdrive-2sv-recovery-code");
        submit(RECOVERY_CODE, Map.of("saved", "on"));
        submit(DONE, Map.of());
        return recoveryCode;
    }

    /** From the phone page through Authenticator enrolment to signed in; the app's key returned. */
    String enrolByApp() {
        useApp();
        String key = page.text("mdrive-2sv-secret");
        submit(AUTHENTICATOR, Map.of("code", Totp.now(key)));
        submit(RECOVERY_CODE, Map.of("saved", "on"));
        submit(DONE, Map.of());
        return key;
    }
}
