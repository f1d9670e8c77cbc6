package jp.mdrive.keycloak.authenticators.line;

import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.AccessRoute;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.LineNumber;
import jp.mdrive.keycloak.core.line.LineGateway;

/**
 * R-LINE-4: a member of a {@code line-only} contract signs in only through one of the contract's
 * registered lines. The settings menu's clients stay open from the internet (manual 4.1 note: the
 * contractor switches back to {@code line+internet} and corrects the numbers there). A contract
 * whose settings cannot be read refuses: a broken value never opens the door.
 */
final class RouteRule {

    /** How a sign-in went through, for the event. */
    record Verdict(boolean allowed, String reason, String line) {
    }

    private static final Logger LOG = Logger.getLogger(RouteRule.class);

    private RouteRule() {
    }

    static Verdict judge(KeycloakSession session, UserModel user, String clientId, Set<String> openClients) {
        Optional<LineNumber> line = session.getProvider(LineGateway.class).currentLine();
        String seen = line.map(LineNumber::value).orElse("internet");
        if (openClients.contains(clientId)) {
            // before the contract is read: a broken route setting is fixed through this same door
            return new Verdict(true, "settings_menu", seen);
        }
        try {
            Optional<Contract> contract = Contract.ofMember(session, user);
            if (contract.isEmpty() || contract.get().accessRoute() == AccessRoute.LINE_AND_INTERNET) {
                return new Verdict(true, "line_and_internet", seen);
            }
            if (line.isPresent() && contract.get().lineNumbers().contains(line.get())) {
                return new Verdict(true, "registered_line", seen);
            }
            return new Verdict(false, line.isPresent() ? "unregistered_line" : "not_through_a_line", seen);
        } catch (InvalidContractSettingException e) {
            LOG.warnf("Refusing user %s: their contract's route settings are unreadable (%s)", user.getId(), e.getMessage());
            return new Verdict(false, "contract_unreadable", seen);
        }
    }
}
