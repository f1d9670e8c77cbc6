package jp.mdrive.keycloak.authenticators.loginmethod;

import java.util.Optional;
import java.util.function.Supplier;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/**
 * R-LOGIN-5: a user signs in only by their own method. For AD the provider must also be their own
 * contract's ADFS: the alias is the contract's connection ID.
 */
final class LoginMethodRule {

    /** Why a sign-in does not fit the user's method; empty when it does. */
    static Optional<String> mismatch(KeycloakSession session, UserModel user, LoginMethod own, String identityProvider) {
        return mismatch(own, identityProvider, () -> contractConnectionId(session, user));
    }

    /**
     * The rule on what was read: the identity provider used (null for a password), and the connection
     * ID of the user's contract, read only for an AD user.
     */
    static Optional<String> mismatch(LoginMethod own, String identityProvider, Supplier<String> contractConnectionId) {
        LoginMethod used = identityProvider == null ? LoginMethod.PASSWORD : LoginMethod.ofIdentityProvider(identityProvider);
        if (!own.equals(used)) {
            return Optional.of("wrong_login_method");
        }
        if (own.equals(LoginMethod.AD) && !identityProvider.equals(contractConnectionId.get())) {
            return Optional.of("other_contracts_ad");
        }
        return Optional.empty();
    }

    private static String contractConnectionId(KeycloakSession session, UserModel user) {
        try {
            return Contract.ofMember(session, user).flatMap(Contract::adConnectionId).map(ConnectionId::value).orElse(null);
        } catch (InvalidContractSettingException e) {
            return null;
        }
    }

    private LoginMethodRule() {
    }
}
