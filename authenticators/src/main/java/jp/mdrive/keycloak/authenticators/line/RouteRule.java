package jp.mdrive.keycloak.authenticators.line;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.LineNumber;
import jp.mdrive.keycloak.core.line.LineGateway;

/**
 * R-LINE-4: a member of a {@code line-only} contract signs in only through one of the contract's
 * registered lines. The settings menu's clients stay open from the internet to the contractor alone
 * (manual 4.1 note: he switches back to {@code line+internet} and corrects the numbers there; R-SEC-3:
 * nobody else, and he passes 2SV). A contract whose settings cannot be read refuses: a broken value
 * never opens the door, except the settings menu's to its contractor.
 */
final class RouteRule {

    /** How a sign-in went through, for the event. */
    record Verdict(boolean allowed, String reason, String line) {
    }

    private static final Logger LOG = Logger.getLogger(RouteRule.class);

    private RouteRule() {
    }

    static Verdict judge(KeycloakSession session, UserModel user, boolean settingsClient) {
        Optional<LineNumber> line = session.getProvider(LineGateway.class).currentLine();
        try {
            return judge(Contract.ofMember(session, user), user, line, settingsClient);
        } catch (InvalidContractSettingException e) {
            if (settingsClient && contractorDespiteBrokenSettings(session, user)) {
                // a broken route setting is fixed through this same door, by the contractor
                return new Verdict(true, "settings_menu", seen(line));
            }
            LOG.warnf("Refusing user %s: their contract's route settings are unreadable (%s)", user.getId(), e.getMessage());
            return new Verdict(false, "contract_unreadable", seen(line));
        }
    }

    /** The rule on what was read; a contract setting that cannot be read throws. */
    static Verdict judge(Optional<Contract> contract, UserModel user, Optional<LineNumber> line, boolean settingsClient) {
        String seen = seen(line);
        if (contract.isEmpty() || contract.get().accessRoute() == AccessRoute.LINE_AND_INTERNET) {
            return new Verdict(true, "line_and_internet", seen);
        }
        if (line.isPresent() && contract.get().lineNumbers().contains(line.get())) {
            return new Verdict(true, "registered_line", seen);
        }
        if (settingsClient && contract.get().roleOf(user) == ContractRole.CONTRACTOR) {
            return new Verdict(true, "settings_menu", seen);
        }
        return new Verdict(false, line.isPresent() ? "unregistered_line" : "not_through_a_line", seen);
    }

    private static String seen(Optional<LineNumber> line) {
        return line.map(LineNumber::value).orElse("internet");
    }

    private static boolean contractorDespiteBrokenSettings(KeycloakSession session, UserModel user) {
        try {
            return Contract.ofMember(session, user).map(contract -> contract.roleOf(user) == ContractRole.CONTRACTOR).orElse(false);
        } catch (InvalidContractSettingException e) {
            return false;
        }
    }
}
