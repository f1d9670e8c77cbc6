package jp.mdrive.keycloak.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

class TrialEndTest {

    /** Started on day 1; day 30 is the last trial day, day 31 the first after it. */
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 20);
    private static final LocalDate LAST_TRIAL_DAY = LocalDate.of(2026, 12, 19);
    private static final LocalDate FIRST_DAY_AFTER = LocalDate.of(2026, 12, 20);

    private final UserModel contractor = ContractTest.user("u-contractor", "contractor@example.jp");
    private final UserModel member = ContractTest.user("u-member", "member@example.jp");
    private final InMemoryOrganization organization = new InMemoryOrganization().member(contractor).member(member);
    private final Contract contract = Contract.of(organization);

    private Contract trial() {
        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("trial"), Contract.TRIAL_STARTED_ON, List.of(STARTED.toString()),
                Contract.CONTRACTOR, List.of(contractor.getId())));
        return contract;
    }

    private LocalDate planChangeLastDay() {
        return trial().planChangeLastDay().orElseThrow();
    }

    private TrialEnd.Verdict judge(UserModel user, LocalDate today, boolean settingsClient) {
        return TrialEnd.judge(Optional.of(contract), user, today, settingsClient);
    }

    @Test
    @DisplayName("R-PLAN-1 every member signs in up to the 30th day of the trial, and none on the 31st")
    void thirtyDays() {
        trial();
        assertTrue(judge(member, LAST_TRIAL_DAY, false).allowed());
        assertTrue(judge(contractor, LAST_TRIAL_DAY, false).allowed());
        TrialEnd.Verdict refused = judge(member, FIRST_DAY_AFTER, false);
        assertFalse(refused.allowed());
        assertEquals("trial_ended", refused.reason());
        assertEquals(Optional.empty(), refused.planChangeLastDay(), "a user is not told about the plan change");
        assertFalse(judge(member, FIRST_DAY_AFTER, true).allowed(), "nor let into the settings menu");
    }

    @Test
    @DisplayName("R-PLAN-1 the contractor: the settings menu stays open until the plan-change window closes; elsewhere he is told until when")
    void contractorWindow() {
        LocalDate last = planChangeLastDay();
        assertTrue(judge(contractor, FIRST_DAY_AFTER, true).allowed());
        assertTrue(judge(contractor, last, true).allowed());
        assertEquals("plan_change_window", judge(contractor, last, true).reason());
        TrialEnd.Verdict service = judge(contractor, last, false);
        assertFalse(service.allowed(), "the service itself stays closed");
        assertEquals(Optional.of(last), service.planChangeLastDay());

        TrialEnd.Verdict late = judge(contractor, last.plusDays(1), true);
        assertFalse(late.allowed());
        assertEquals(Optional.empty(), late.planChangeLastDay(), "no window left to point at");
    }

    @Test
    @DisplayName("R-PLAN-1 the basic plan, a trial without a start and a user without a contract are untouched")
    void untouched() {
        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("basic"), Contract.TRIAL_STARTED_ON, List.of("2020-01-01")));
        assertTrue(judge(member, FIRST_DAY_AFTER, false).allowed());
        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("trial")));
        assertTrue(judge(member, FIRST_DAY_AFTER, false).allowed());
        assertTrue(TrialEnd.judge(Optional.empty(), member, FIRST_DAY_AFTER, false).allowed());
    }

    @Test
    @DisplayName("R-PLAN-1 a trial is due for cancellation the day after its plan-change window, once, and never on the basic plan")
    void dueForCancellation() {
        LocalDate last = planChangeLastDay();
        assertFalse(TrialEnd.dueForCancellation(contract, last));
        assertTrue(TrialEnd.dueForCancellation(contract, last.plusDays(1)));
        contract.cancel(last.plusDays(1));
        assertFalse(TrialEnd.dueForCancellation(contract, last.plusDays(2)), "already cancelled");

        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("basic"), Contract.TRIAL_STARTED_ON, List.of(STARTED.toString())));
        assertFalse(TrialEnd.dueForCancellation(contract, last.plusDays(30)));
    }
}
