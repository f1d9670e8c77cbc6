package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Locale;

/** The page a sign-in is on within the second step; kept as an authentication-session note. */
enum Step {
    /** Enrolment: SMS (recommended) or Authenticator. */
    CHOOSE("mdrive-2sv-choose.ftl"),
    /** Enrolment: the mobile number. */
    PHONE("mdrive-2sv-phone.ftl"),
    /** Enrolment: the code sent to the new number. */
    PHONE_CODE("mdrive-2sv-code.ftl"),
    /** Enrolment: QR code and the app's first code. */
    AUTHENTICATOR_SETUP("mdrive-2sv-authenticator.ftl"),
    /** Enrolment: the recovery code, shown once, to be acknowledged. */
    RECOVERY_CODE("mdrive-2sv-recovery-code.ftl"),
    /** Enrolment: 2段階認証完了 with ログインする. */
    DONE("mdrive-2sv-done.ftl"),
    /** Login: the code sent to the registered number. */
    SMS("mdrive-2sv-code.ftl"),
    /** Login: the app's code. */
    AUTHENTICATOR("mdrive-2sv-code.ftl"),
    /** Login: the recovery code instead of the phone. */
    RECOVERY("mdrive-2sv-recovery.ftl");

    static final String NOTE = "mdrive.2sv.step";

    private final String template;

    Step(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }

    /** The name pages use to tell the steps that share a template apart. */
    String pageName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
