package jp.mdrive.keycloak.core.contract;

import java.time.LocalDate;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.organization.OrganizationProvider;

/** 解約 with its consequence: the contract is marked cancelled and every member disabled, in one transaction. */
public final class ContractCancellation {

    private ContractCancellation() {
    }

    public static void cancel(KeycloakSession session, Contract contract, LocalDate today) {
        contract.cancel(today);
        session.getProvider(OrganizationProvider.class).getMembersStream(contract.organization(), Map.of(), false, null, null)
                .forEach(member -> member.setEnabled(false));
    }
}
