package jp.mdrive.keycloak.adminapi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.LineNumber;

/**
 * The JSON form of a contract's settings; dates are ISO-8601 strings. {@code twoStepVerification} is
 * the contractor's switch, {@code twoStepVerificationInEffect} what sign-ins get (off while line-only).
 */
public record ContractRepresentation(
        String alias,
        String name,
        String plan,
        String trialStartedOn,
        String trialEndsOn,
        String accessRoute,
        boolean twoStepVerification,
        boolean twoStepVerificationInEffect,
        List<String> lineNumbers,
        String contractorId,
        Set<String> adminIds,
        String adConnectionId,
        String cancelledOn) {

    static ContractRepresentation of(Contract contract) {
        return new ContractRepresentation(
                contract.alias(),
                contract.name(),
                contract.plan().value(),
                contract.trialStartedOn().map(LocalDate::toString).orElse(null),
                contract.trialEndsOn().map(LocalDate::toString).orElse(null),
                contract.accessRoute().value(),
                contract.twoStepVerificationEnabled(),
                contract.twoStepVerificationEnabled() && contract.accessRoute() != AccessRoute.LINE_ONLY,
                contract.lineNumbers().stream().map(LineNumber::value).toList(),
                contract.contractorId().orElse(null),
                contract.adminIds(),
                contract.adConnectionId().map(ConnectionId::value).orElse(null),
                contract.cancelledOn().map(LocalDate::toString).orElse(null));
    }
}
