package jp.mdrive.keycloak.core.contract;

/** What a member is to its contract; the settings menu (R-MENU-1) shows items by this and the plan. */
public enum ContractRole {
    /** 契約者: the one user who signed the contract. */
    CONTRACTOR,
    /** 管理者権限を持つユーザ: manages the contract's users. */
    ADMIN,
    /** 利用者: any other member. */
    USER
}
