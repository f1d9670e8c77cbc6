package jp.mdrive.keycloak.core.identity;

import java.util.Optional;

import jp.mdrive.keycloak.core.config.Keyed;

/**
 * What a login-setup link is for (manual 1.5 and 2). Each has its mail and its pages; all three end
 * with the user signing in by the method they chose.
 */
public enum LoginSetupPurpose implements Keyed {

    /** R-ID-1 利用者登録のご案内: a registered user picks a login method for the first time. */
    INVITATION("invitation", "mdrive.mail.invitation.subject", "mdrive-invitation.ftl"),
    /** R-ID-2, R-ID-4 ログイン方法の設定変更: the address stays, the method changes. */
    METHOD_CHANGE("method-change", "mdrive.mail.methodChange.subject", "mdrive-method-change.ftl"),
    /** R-ID-3, R-ID-4 メールアドレス変更登録: the address changes, the method stays. */
    EMAIL_CHANGE("email-change", "mdrive.mail.emailChange.subject", "mdrive-email-change.ftl");

    private final String value;
    private final String mailSubject;
    private final String mailTemplate;

    LoginSetupPurpose(String value, String mailSubject, String mailTemplate) {
        this.value = value;
        this.mailSubject = mailSubject;
        this.mailTemplate = mailTemplate;
    }

    @Override
    public String value() {
        return value;
    }

    public String mailSubject() {
        return mailSubject;
    }

    public String mailTemplate() {
        return mailTemplate;
    }

    public static Optional<LoginSetupPurpose> parse(String value) {
        return Keyed.byValue(LoginSetupPurpose.class, value);
    }
}
