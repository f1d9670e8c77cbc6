package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.LoginMethod;

/**
 * The login methods a user may pick (manual 1.5 (2), 2.1 (1)): a password, every enabled identity
 * provider of the realm in the manual's order, and the contract's Active Directory when it is set up,
 * except for the contractor, who never signs in by AD.
 */
record SetupChoices(List<IdentityProviderModel> providers, Optional<ConnectionId> activeDirectory) {

    private static final List<String> MANUAL_ORDER = List.of("google", "facebook", "microsoft", "d-account");

    static SetupChoices of(KeycloakSession session, UserModel user) {
        List<IdentityProviderModel> providers = new ArrayList<>(session.identityProviders().getAllStream()
                .filter(IdentityProviderModel::isEnabled)
                .filter(idp -> !idp.getAlias().startsWith(ConnectionId.PREFIX))
                .toList());
        providers.sort(Comparator.comparingInt(SetupChoices::manualPosition).thenComparing(IdentityProviderModel::getAlias));
        return new SetupChoices(List.copyOf(providers), activeDirectoryOf(session, user));
    }

    private static Optional<ConnectionId> activeDirectoryOf(KeycloakSession session, UserModel user) {
        try {
            return Contract.ofMember(session, user)
                    .filter(contract -> contract.roleOf(user) != ContractRole.CONTRACTOR)
                    .flatMap(Contract::adConnectionId)
                    .filter(id -> {
                        // offered only once the contract's ADFS is set up: there is somewhere to sign in
                        IdentityProviderModel adfs = session.identityProviders().getByAlias(id.value());
                        return adfs != null && adfs.isEnabled();
                    });
        } catch (InvalidContractSettingException e) {
            return Optional.empty();
        }
    }

    private static int manualPosition(IdentityProviderModel idp) {
        int position = MANUAL_ORDER.indexOf(idp.getAlias());
        return position < 0 ? MANUAL_ORDER.size() : position;
    }

    /** The method a submitted choice stands for, if it is one on offer. */
    Optional<LoginMethod> parse(String choice) {
        if (choice == null) {
            return Optional.empty();
        }
        if (choice.equals(LoginMethod.PASSWORD.value())) {
            return Optional.of(LoginMethod.PASSWORD);
        }
        if (choice.equals(LoginMethod.AD.value())) {
            return activeDirectory.map(id -> LoginMethod.AD);
        }
        return providers.stream().filter(idp -> idp.getAlias().equals(choice)).findFirst().map(idp -> new LoginMethod(idp.getAlias()));
    }
}
