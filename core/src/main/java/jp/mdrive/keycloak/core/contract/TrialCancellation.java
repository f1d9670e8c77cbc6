package jp.mdrive.keycloak.core.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.timer.ScheduledTask;

import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * Manual 0 ※2 (R-PLAN-1): a trial not changed to basic within its plan-change window is cancelled
 * as 解約 cancels ({@link ContractCancellation}: marked, every member disabled), with one
 * UPDATE_PROFILE event for the contractor saying so. A cancelled contract is no longer due, so a
 * second run, on this node or another, finds nothing to do; a run is one transaction (the cluster-aware
 * runner's), so a failure leaves every contract as it was for the next run.
 */
public final class TrialCancellation implements ScheduledTask {

    public static final String TASK_NAME = "mdrive-trial-cancellation";
    static final String REASON = "trial_ended";
    private static final Logger LOG = Logger.getLogger(TrialCancellation.class);

    @Override
    public void run(KeycloakSession session) {
        LocalDate today = JapanCalendar.today();
        for (RealmModel realm : session.realms().getRealmsStream().filter(RealmModel::isOrganizationsEnabled).toList()) {
            session.getContext().setRealm(realm);
            cancelDue(session, realm, today);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }

    private static void cancelDue(KeycloakSession session, RealmModel realm, LocalDate today) {
        List<Contract> trials = session.getProvider(OrganizationProvider.class)
                .getAllStream(Map.of(Contract.PLAN, Plan.TRIAL.value()), null, null).map(Contract::of).toList();
        for (Contract contract : trials) {
            if (due(contract, today)) {
                ContractCancellation.cancel(session, contract, today);
                new EventBuilder(realm, session).event(EventType.UPDATE_PROFILE).user(contract.contractorId().orElse(null))
                        .detail("mdrive_contract", contract.alias()).detail("mdrive_cancelled_on", today.toString())
                        .detail(Details.REASON, REASON).success();
                LOG.infof("Cancelled trial contract %s of realm %s: its plan-change window ended on %s", contract.alias(),
                        realm.getName(), contract.planChangeLastDay().orElseThrow());
            }
        }
    }

    /** A contract whose settings cannot be read is left for the operator, not cancelled on a guess. */
    private static boolean due(Contract contract, LocalDate today) {
        try {
            return TrialEnd.dueForCancellation(contract, today);
        } catch (InvalidContractSettingException e) {
            LOG.warnf("Not cancelling contract %s: its settings are unreadable (%s)", contract.alias(), e.getMessage());
            return false;
        }
    }
}
