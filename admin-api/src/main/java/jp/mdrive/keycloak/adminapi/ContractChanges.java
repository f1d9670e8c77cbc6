package jp.mdrive.keycloak.adminapi;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.RefusedChange;

/**
 * A change of a contract's settings as every REST entry point makes it (the contract API and the
 * realm admin's API): the authority table's verdict on each kind of change first (R-SEC-1), then the
 * model's own rules (the {@link Contract} setters check before they write), a broken rule answered as
 * a 400 in the caller's language, and a log line naming who made it.
 */
final class ContractChanges {

    private static final Logger LOG = Logger.getLogger(ContractChanges.class);

    private ContractChanges() {
    }

    static void apply(KeycloakSession session, Authority authority, List<Change> what, Runnable change) {
        answeringRefusals(session, authority.actor(), () -> make(authority, what, change));
    }

    /** Runs a {@link #make} of the caller's, answering its refusals as the API answers every refusal. */
    static void answeringRefusals(KeycloakSession session, UserModel caller, Runnable change) {
        try {
            change.run();
        } catch (RefusedChange e) {
            throw ApiError.of(session, caller, e).exception();
        } catch (InvalidContractSettingException e) {
            throw ApiError.of(session, caller, Response.Status.BAD_REQUEST, e.getMessage(), e.getParameters()).exception();
        }
    }

    /**
     * The change itself, for callers that answer refusals their own way (the console's tab).
     *
     * @throws RefusedChange when the authority refuses one of the kinds of change
     * @throws InvalidContractSettingException when a value breaks the contract's rules; nothing was written
     */
    static void make(Authority authority, List<Change> what, Runnable change) {
        what.forEach(kind -> authority.toContract(kind).orThrow());
        change.run();
        LOG.infof("Contract %s: %s changed by user %s", authority.contract().alias(),
                what.stream().map(Change::label).collect(Collectors.joining(", ")), authority.actor().getId());
    }

    /** The settings as they stand; a value someone stored by hand that breaks a rule is a 409 naming the rule. */
    static ContractRepresentation current(KeycloakSession session, UserModel caller, Contract contract) {
        try {
            return ContractRepresentation.of(contract);
        } catch (InvalidContractSettingException e) {
            throw ApiError.of(session, caller, Response.Status.CONFLICT, e.getMessage(), e.getParameters()).exception();
        }
    }
}
