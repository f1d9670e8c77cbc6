package jp.mdrive.keycloak.core.authority;

import jp.mdrive.keycloak.core.contract.ContractRole;

/**
 * Whom a change is made to: the actor's own account (through the settings menu or {@code /me}),
 * another member by their role (through a link mailed to them), or the contract as a whole.
 */
public enum Target {
    OWN("own account"),
    CONTRACTOR("the contractor"),
    CONTRACT_ADMIN("a contract admin"),
    USER("a user"),
    CONTRACT("the contract");

    private final String label;

    Target(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A member as the target of a change: the constant of the same name as their {@link Role}. */
    public static Target of(ContractRole role) {
        return valueOf(Role.of(role).name());
    }
}
