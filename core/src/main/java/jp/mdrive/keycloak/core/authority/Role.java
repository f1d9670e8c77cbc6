package jp.mdrive.keycloak.core.authority;

import jp.mdrive.keycloak.core.contract.ContractRole;

/** Who acts: a member in their contract role, or the realm's operator (realm-management {@code manage-users}). */
public enum Role {
    CONTRACTOR("契約者 contractor"),
    CONTRACT_ADMIN("管理者 contract admin"),
    USER("利用者 user"),
    REALM_OPERATOR("realm operator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Role of(ContractRole role) {
        return switch (role) {
            case CONTRACTOR -> CONTRACTOR;
            case ADMIN -> CONTRACT_ADMIN;
            case USER -> USER;
        };
    }
}
