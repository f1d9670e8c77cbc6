package jp.mdrive.keycloak.authenticators;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.LineNumber;

/** A contract and its members as the pure rules read them, without a server. */
public final class Members {

    public static final LineNumber REGISTERED = new LineNumber("CAF1234567890");
    public static final LineNumber OTHER_LINE = new LineNumber("CAF9999999999");
    public static final Optional<LineNumber> INTERNET = Optional.empty();

    private static final String CONTRACTOR_ID = "contractor";
    private static final String ADMIN_ID = "admin";

    private Members() {
    }

    /** A contract with those attributes (single values), one registered line, its contractor and one admin. */
    public static Contract contract(Map<String, String> settings) {
        Map<String, List<String>> attributes = new HashMap<>();
        settings.forEach((name, value) -> attributes.put(name, List.of(value)));
        attributes.put(Contract.LINE_NUMBERS, List.of(REGISTERED.value()));
        attributes.put(Contract.CONTRACTOR, List.of(CONTRACTOR_ID));
        attributes.put(Contract.ADMINS, List.of(ADMIN_ID));
        return Contract.of((OrganizationModel) Proxy.newProxyInstance(Members.class.getClassLoader(),
                new Class<?>[] {OrganizationModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttributes" -> attributes;
                    case "getAlias" -> "test";
                    case "isMember" -> true;
                    default -> null;
                }));
    }

    public static Contract lineOnly() {
        return contract(Map.of(Contract.ACCESS_ROUTE, "line-only"));
    }

    /** A member in that role: its id is all the rules look at. */
    public static UserModel member(ContractRole role) {
        String id = switch (role) {
            case CONTRACTOR -> CONTRACTOR_ID;
            case ADMIN -> ADMIN_ID;
            case USER -> "user";
        };
        return (UserModel) Proxy.newProxyInstance(Members.class.getClassLoader(), new Class<?>[] {UserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId", "getUsername" -> id;
                    default -> null;
                });
    }
}
