package jp.mdrive.keycloak.core.contract;

/** 基本プラン or 無料トライアル. */
public enum Plan {
    BASIC("basic"),
    TRIAL("trial");

    private final String value;

    Plan(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Plan parse(String value) {
        for (Plan plan : values()) {
            if (plan.value.equals(value)) {
                return plan;
            }
        }
        throw new InvalidContractSettingException("mdrive.contract.invalidPlan", value);
    }
}
