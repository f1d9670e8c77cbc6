package jp.mdrive.keycloak.it;

/** The subjects of the manual's Japanese mails, word for word. */
enum MailSubject {
    INVITATION("【M-Drive】利用者登録のご案内"),
    LOGIN_METHOD_CHANGE("【M-Drive】ログイン方法の設定変更"),
    EMAIL_CHANGE("【M-Drive】メールアドレス変更登録"),
    EMAIL_CHANGED("【M-Drive】メールアドレス変更のお知らせ"),
    PASSWORD_RESET("【M-Drive】パスワードリセット"),
    ACCOUNT_LOCK("【M-Drive】アカウントロック");

    final String ja;

    MailSubject(String ja) {
        this.ja = ja;
    }
}
