package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The page a sign-in is on within the second step; kept as an authentication-session note. */
enum Step {
    /** Enrolment's first page (manual 1.1 (2)): the mobile number, with the link to the authenticator app. */
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

    /** The step a note names; empty for a note this version does not know (the former chooser's CHOOSE). */
    static Optional<Step> named(String note) {
        return Arrays.stream(values()).filter(step -> step.name().equals(note)).findFirst();
    }

    String template() {
        return template;
    }

    /** The name pages use to tell the steps that share a template apart. */
    String pageName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
