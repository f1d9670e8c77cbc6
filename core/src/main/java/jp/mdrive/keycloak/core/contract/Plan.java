package jp.mdrive.keycloak.core.contract;

import jp.mdrive.keycloak.core.config.Keyed;

/** 基本プラン or 無料トライアル. */
public enum Plan implements Keyed {
    BASIC("basic"),
    TRIAL("trial");

    private final String value;

    Plan(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static Plan parse(String value) {
        return Keyed.byValue(Plan.class, value)
                .orElseThrow(() -> new InvalidContractSettingException("mdrive.contract.invalidPlan", value));
    }
}
