package jp.mdrive.keycloak.authenticators.twostep;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.LineNumber;
import jp.mdrive.keycloak.core.line.LineGateway;
import jp.mdrive.keycloak.core.twostep.LastSignIn;
import jp.mdrive.keycloak.core.twostep.RememberedBrowser;

/**
 * R-2SV-1 and R-2SV-7: whether this sign-in must pass the second step. Asked of password users only
 * (federated and AD users bring their own MFA), unless their contract switched 2SV off or the sign-in
 * comes through a registered line of a line-only contract, or the browser is remembered and the user
 * was here within the inactivity period.
 */
final class TwoStepRequirement {

    /** Why the second step was not asked, as recorded on the login event. */
    enum Skip {
        NOT_PASSWORD_USER, CONTRACT_SWITCHED_OFF, LINE_ONLY, ROUTE_REFUSED, REMEMBERED_BROWSER;

        String detail() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = Logger.getLogger(TwoStepRequirement.class);

    private TwoStepRequirement() {
    }

    /** In a browser: by user and contract, then by the remembered browser. */
    static Optional<Skip> skip(KeycloakSession session, RealmModel realm, UserModel user, TwoStepSettings settings,
                               boolean settingsClient) {
        Optional<Skip> skip = byUserAndContract(session, user, settingsClient);
        if (skip.isEmpty() && new RememberedBrowser(session, realm, user).isRemembered()
                && !LastSignIn.longerAgoThan(user, settings.inactivity())) {
            return Optional.of(Skip.REMEMBERED_BROWSER);
        }
        return skip;
    }

    /** Where no browser is remembered (a token request, never the settings client's): by user and contract only. */
    static Optional<Skip> skipWithoutBrowser(KeycloakSession session, UserModel user) {
        return byUserAndContract(session, user, false);
    }

    private static Optional<Skip> byUserAndContract(KeycloakSession session, UserModel user, boolean settingsClient) {
        return byUserAndContract(user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE),
                () -> Contract.ofMember(session, user), user, () -> session.getProvider(LineGateway.class).currentLine(),
                settingsClient);
    }

    /**
     * The rule on what is read, each only when needed: whether the user has a password, their
     * contract, the line the request came through. A contract whose settings cannot be read asks for
     * 2SV: a broken switch never opens the door.
     */
    static Optional<Skip> byUserAndContract(boolean passwordUser, Supplier<Optional<Contract>> contract, UserModel user,
                                            Supplier<Optional<LineNumber>> line, boolean settingsClient) {
        if (!passwordUser) {
            return Optional.of(Skip.NOT_PASSWORD_USER);
        }
        try {
            Optional<Contract> found = contract.get();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            if (found.get().accessRoute() == AccessRoute.LINE_ONLY) {
                return lineOnly(line.get(), user, found.get(), settingsClient);
            }
            return found.get().twoStepVerificationEnabled() ? Optional.empty() : Optional.of(Skip.CONTRACT_SWITCHED_OFF);
        } catch (InvalidContractSettingException e) {
            LOG.warnf("Asking user %s for 2SV: their contract settings are unreadable (%s)", user.getId(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * R-SEC-3: a line-only contract is off 2SV only for a request through one of its registered lines;
     * its switch does not count. From the internet only the contractor gets through, to the settings
     * menu, and he passes 2SV there. Anyone else is refused by the route check that follows (the same
     * rule, {@code RouteRule}): asking them for a code first would only have them enrol a phone to be
     * turned away.
     */
    private static Optional<Skip> lineOnly(Optional<LineNumber> line, UserModel user, Contract contract, boolean settingsClient) {
        if (line.isPresent() && contract.lineNumbers().contains(line.get())) {
            return Optional.of(Skip.LINE_ONLY);
        }
        return settingsClient && contract.roleOf(user) == ContractRole.CONTRACTOR ? Optional.empty() : Optional.of(Skip.ROUTE_REFUSED);
    }
}
