package jp.mdrive.keycloak.core.contract;

/** manual 4.1 アクセス経路設定: every member either may sign in from anywhere or only through a registered line. */
public enum AccessRoute {
    LINE_AND_INTERNET("line+internet"),
    LINE_ONLY("line-only");

    private final String value;

    AccessRoute(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static AccessRoute parse(String value) {
        for (AccessRoute route : values()) {
            if (route.value.equals(value)) {
                return route;
            }
        }
        throw new InvalidContractSettingException("mdrive.contract.invalidAccessRoute", value);
    }
}
