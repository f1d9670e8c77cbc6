package jp.mdrive.keycloak.core.contract;

import jp.mdrive.keycloak.core.config.Keyed;

/** manual 4.1 アクセス経路設定: every member either may sign in from anywhere or only through a registered line. */
public enum AccessRoute implements Keyed {
    LINE_AND_INTERNET("line+internet"),
    LINE_ONLY("line-only");

    private final String value;

    AccessRoute(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static AccessRoute parse(String value) {
        return Keyed.byValue(AccessRoute.class, value)
                .orElseThrow(() -> new InvalidContractSettingException("mdrive.contract.invalidAccessRoute", value));
    }
}
