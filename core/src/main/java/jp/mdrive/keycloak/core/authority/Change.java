package jp.mdrive.keycloak.core.authority;

/** Every change the M-Drive pages and API make (R-SEC-1). */
public enum Change {
    LOGIN_METHOD("login method"),
    EMAIL("e-mail address"),
    PASSWORD("password"),
    INVITATION("invitation"),
    ROUTE("access route"),
    LINES("line numbers"),
    TWO_STEP_SWITCH("2SV switch"),
    ACTIVE_DIRECTORY("Active Directory"),
    CONTRACT_INFO("contract info"),
    PLAN("plan"),
    CANCELLATION("cancellation");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
