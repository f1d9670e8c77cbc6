package jp.mdrive.keycloak.bench;

/** One kind of sign-in the benchmark times; scenarios compare two arms measured in the same rounds. */
enum Arm {
    MDRIVE_PASSWORD("M-Drive password (contract 2SV off)"),
    STOCK_PASSWORD("stock password"),
    MDRIVE_REMEMBERED("M-Drive password, remembered browser"),
    MDRIVE_APP("M-Drive password + app code"),
    STOCK_OTP("stock password + OTP form"),
    MDRIVE_SMS("M-Drive password + SMS code"),
    MDRIVE_PASSWORD_STALLED_SNS("M-Drive password, SNS stalled for others"),
    MDRIVE_PASSWORD_ALONE("M-Drive password, nobody else signing in"),
    MDRIVE_LOCKOUT("M-Drive lockout burst"),
    STOCK_LOCKOUT("stock brute-force burst");

    final String label;

    Arm(String label) {
        this.label = label;
    }

    /** The name the Gatling report groups this arm's requests under. */
    String request(String step) {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + step;
    }
}
