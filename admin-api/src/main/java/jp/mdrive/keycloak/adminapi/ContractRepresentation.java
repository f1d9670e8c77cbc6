package jp.mdrive.keycloak.adminapi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.LineNumber;

/** The JSON form of a contract's settings; dates are ISO-8601 strings. */
public record ContractRepresentation(
        String alias,
        String name,
        String plan,
        String trialStartedOn,
        String trialEndsOn,
        String accessRoute,
        boolean twoStepVerification,
        List<String> lineNumbers,
        String contractorId,
        Set<String> adminIds,
        String adConnectionId) {

    static ContractRepresentation of(Contract contract) {
        return new ContractRepresentation(
                contract.alias(),
                contract.name(),
                contract.plan().value(),
                contract.trialStartedOn().map(LocalDate::toString).orElse(null),
                contract.trialEndsOn().map(LocalDate::toString).orElse(null),
                contract.accessRoute().value(),
                contract.twoStepVerificationEnabled(),
                contract.lineNumbers().stream().map(LineNumber::value).toList(),
                contract.contractorId().orElse(null),
                contract.adminIds(),
                contract.adConnectionId().map(ConnectionId::value).orElse(null));
    }
}
