package jp.mdrive.keycloak.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

class ContractTest {

    private final UserModel contractor = user("u-contractor", "contractor@example.jp");
    private final UserModel admin = user("u-admin", "admin@example.jp");
    private final UserModel member = user("u-member", "member@example.jp");
    private final UserModel stranger = user("u-stranger", "stranger@example.jp");
    private final InMemoryOrganization organization = new InMemoryOrganization().member(contractor).member(admin).member(member);
    private final Contract contract = Contract.of(organization);

    @Test
    @DisplayName("Contract: settings of a new organization have the manual's defaults")
    void defaults() {
        assertEquals(AccessRoute.LINE_AND_INTERNET, contract.accessRoute());
        assertTrue(contract.twoStepVerificationEnabled());
        assertEquals(List.of(), contract.lineNumbers());
        assertEquals(Optional.empty(), contract.contractorId());
        assertEquals(Set.of(), contract.adminIds());
        assertEquals(Optional.empty(), contract.adConnectionId());
        InvalidContractSettingException noPlan = assertThrows(InvalidContractSettingException.class, contract::plan);
        assertEquals("mdrive.contract.invalidPlan", noPlan.getMessage());
    }

    @Test
    @DisplayName("Contract: a trial runs 30 days from its start and can become basic")
    void trial() {
        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("trial"), Contract.TRIAL_STARTED_ON, List.of("2026-11-01")));
        assertEquals(Plan.TRIAL, contract.plan());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), contract.trialEndsOn());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), contract.trialLastDay(), "無料トライアル終了日: the 30th day");

        contract.changeToBasicPlan();
        assertEquals(Plan.BASIC, contract.plan());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), contract.trialStartedOn());
        assertEquals("mdrive.contract.alreadyBasic",
                assertThrows(InvalidContractSettingException.class, () -> contract.changeToBasicPlan()).getMessage());
    }

    @Test
    @DisplayName("Contract: a contract is cancelled once")
    void cancellation() {
        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("trial"), Contract.TRIAL_STARTED_ON, List.of("2026-11-01")));
        contract.changeToBasicPlan();
        contract.cancel(LocalDate.of(2026, 11, 6));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 6)), contract.cancelledOn());
        assertEquals("mdrive.contract.alreadyCancelled",
                assertThrows(InvalidContractSettingException.class, () -> contract.cancel(LocalDate.of(2026, 11, 7))).getMessage());
    }

    @Test
    @DisplayName("R-PLAN-1 a trial may become basic until 15 days after its last day (the 45th day); the basic plan has no such day")
    void planChangeLastDay() {
        organization.storeFromElsewhere(Map.of(Contract.PLAN, List.of("trial"), Contract.TRIAL_STARTED_ON, List.of("2026-11-01")));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), contract.trialLastDay(), "the 30th day");
        assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), contract.planChangeLastDay(), "the 45th day");
        contract.changeToBasicPlan();
        assertEquals(Optional.empty(), contract.planChangeLastDay());
    }

    @Test
    @DisplayName("Contract: route, 2SV switch, lines and connection ID round-trip through the attributes")
    void roundTrip() {
        contract.setLineNumbers(List.of(" caf1234567890 ", "COP12345678", "CAF1234567890"));
        contract.setAccessRoute(AccessRoute.LINE_ONLY);
        contract.setTwoStepVerificationEnabled(false);
        contract.setAdConnectionId(ConnectionId.parse("adfs-ABCDEFGHIJ12345678"));

        assertEquals(Map.of(
                Contract.ACCESS_ROUTE, List.of("line-only"),
                Contract.TWO_STEP_VERIFICATION, List.of("false"),
                Contract.LINE_NUMBERS, List.of("CAF1234567890", "COP12345678"),
                Contract.AD_CONNECTION_ID, List.of("adfs-ABCDEFGHIJ12345678")), organization.stored());
        assertEquals(AccessRoute.LINE_ONLY, contract.accessRoute());
        assertFalse(contract.twoStepVerificationEnabled());
        assertEquals(List.of(new LineNumber("CAF1234567890"), new LineNumber("COP12345678")), contract.lineNumbers());
        assertEquals(Optional.of(new ConnectionId("adfs-ABCDEFGHIJ12345678")), contract.adConnectionId());
    }

    @Test
    @DisplayName("R-LINE-1 R-LINE-4 line-only needs a registered line: not switched on without one, the last one not removed")
    void lineOnlyNeedsALine() {
        InvalidContractSettingException refused = assertThrows(InvalidContractSettingException.class,
                () -> contract.setAccessRoute(AccessRoute.LINE_ONLY));
        assertEquals("mdrive.contract.lineOnlyWithoutLines", refused.getMessage());
        assertEquals(AccessRoute.LINE_AND_INTERNET, contract.accessRoute());

        contract.setLineNumbers(List.of("COP12345678"));
        contract.setAccessRoute(AccessRoute.LINE_ONLY);
        assertThrows(InvalidContractSettingException.class, () -> contract.setLineNumbers(List.of()));
        assertEquals(List.of(new LineNumber("COP12345678")), contract.lineNumbers());
        contract.setAccessRoute(AccessRoute.LINE_AND_INTERNET);
        contract.setLineNumbers(List.of());
        assertEquals(List.of(), contract.lineNumbers());
    }

    @Test
    @DisplayName("R-LINE-5 route and lines saved together: line-only with its first line, line+internet without its last")
    void lineAuthenticationTogether() {
        contract.setLineAuthentication(AccessRoute.LINE_ONLY, List.of("caf1234567890"));
        assertEquals(AccessRoute.LINE_ONLY, contract.accessRoute());
        assertEquals(List.of(new LineNumber("CAF1234567890")), contract.lineNumbers());

        contract.setLineAuthentication(AccessRoute.LINE_AND_INTERNET, List.of());
        assertEquals(AccessRoute.LINE_AND_INTERNET, contract.accessRoute());
        assertEquals(List.of(), contract.lineNumbers());
    }

    @Test
    @DisplayName("R-LINE-5 a refused save of route and lines writes neither")
    void lineAuthenticationRefusedWritesNothing() {
        contract.setLineNumbers(List.of("CAF1234567890"));
        int writes = organization.attributeWrites;
        InvalidContractSettingException empty = assertThrows(InvalidContractSettingException.class,
                () -> contract.setLineAuthentication(AccessRoute.LINE_ONLY, List.of()));
        assertEquals("mdrive.contract.lineOnlyWithoutLines", empty.getMessage());
        InvalidContractSettingException bad = assertThrows(InvalidContractSettingException.class,
                () -> contract.setLineAuthentication(AccessRoute.LINE_ONLY, List.of("CAF1234567890", "CAF123")));
        assertEquals("mdrive.contract.invalidLineNumber", bad.getMessage());
        assertThrows(InvalidContractSettingException.class, () -> contract.setLineAuthentication(null, List.of("CAF1234567890")));
        assertEquals(writes, organization.attributeWrites);
        assertEquals(AccessRoute.LINE_AND_INTERNET, contract.accessRoute());
        assertEquals(List.of(new LineNumber("CAF1234567890")), contract.lineNumbers());
    }

    @Test
    @DisplayName("R-LINE-2 R-SEC-10 a contract holds at most MAX_LINE_NUMBERS lines, through either setter")
    void lineNumbersBounded() {
        List<String> many = IntStream.range(0, Contract.MAX_LINE_NUMBERS + 1)
                .mapToObj(i -> String.format("CAF%010d", i)).toList();
        InvalidContractSettingException refused = assertThrows(InvalidContractSettingException.class, () -> contract.setLineNumbers(many));
        assertEquals("mdrive.contract.tooManyLines", refused.getMessage());
        assertThrows(InvalidContractSettingException.class, () -> contract.setLineAuthentication(AccessRoute.LINE_ONLY, many));
        contract.setLineNumbers(many.subList(0, Contract.MAX_LINE_NUMBERS));
        assertEquals(Contract.MAX_LINE_NUMBERS, contract.lineNumbers().size());
    }

    @Test
    @DisplayName("Contract: one bad line number refuses the whole list and writes nothing")
    void invalidLineRefusesAll() {
        contract.setLineNumbers(List.of("CAF1234567890"));
        int writes = organization.attributeWrites;

        InvalidContractSettingException refused = assertThrows(InvalidContractSettingException.class,
                () -> contract.setLineNumbers(List.of("COP12345678", "CAX1234567890")));

        assertEquals("mdrive.contract.invalidLineNumber", refused.getMessage());
        assertEquals(writes, organization.attributeWrites);
        assertEquals(List.of(new LineNumber("CAF1234567890")), contract.lineNumbers());
    }

    @Test
    @DisplayName("Contract: contractor and admins must be members; roles follow")
    void roles() {
        organization.storeFromElsewhere(Map.of(Contract.CONTRACTOR, List.of(contractor.getId())));
        contract.addAdmin(admin);

        assertEquals(ContractRole.CONTRACTOR, contract.roleOf(contractor));
        assertEquals(ContractRole.ADMIN, contract.roleOf(admin));
        assertEquals(ContractRole.USER, contract.roleOf(member));
        assertThrows(InvalidContractSettingException.class, () -> contract.addAdmin(stranger));
        assertThrows(InvalidContractSettingException.class, () -> contract.roleOf(stranger));
    }

    @Test
    @DisplayName("Contract: garbage stored through the admin console is reported, not guessed at")
    void garbageIsReported() {
        organization.storeFromElsewhere(Map.of(
                Contract.PLAN, List.of("gold"),
                Contract.ACCESS_ROUTE, List.of("satellite"),
                Contract.TWO_STEP_VERIFICATION, List.of("yes"),
                Contract.TRIAL_STARTED_ON, List.of("2026-13-01"),
                Contract.CONTRACTOR, List.of("a", "b")));

        assertEquals("mdrive.contract.invalidPlan", assertThrows(InvalidContractSettingException.class, contract::plan).getMessage());
        assertEquals("mdrive.contract.invalidAccessRoute", assertThrows(InvalidContractSettingException.class, contract::accessRoute).getMessage());
        assertEquals("mdrive.contract.invalidTwoStepVerification",
                assertThrows(InvalidContractSettingException.class, contract::twoStepVerificationEnabled).getMessage());
        assertEquals("mdrive.contract.invalidTrialStart", assertThrows(InvalidContractSettingException.class, contract::trialEndsOn).getMessage());
        assertEquals("mdrive.contract.multipleValues", assertThrows(InvalidContractSettingException.class, contract::contractorId).getMessage());
    }

    static UserModel user(String id, String username) {
        return (UserModel) Proxy.newProxyInstance(UserModel.class.getClassLoader(), new Class<?>[] {UserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getUsername" -> username;
                    case "hashCode" -> id.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    @DisplayName("契約情報変更 R-SEC-4: the holder is stored cleaned, read back, and refused with the field that breaks a rule")
    void holder() {
        contract.setHolder(new ContractHolder("  山田   太郎 ", "株式会社エムドライブ", "東京都千代田区1-1", "03-1234-5678"));
        assertEquals(new ContractHolder("山田 太郎", "株式会社エムドライブ", "東京都千代田区1-1", "03-1234-5678"), contract.holder());
        assertEquals("mdrive.contract.holderNameRequired",
                assertThrows(InvalidContractSettingException.class, () -> contract.setHolder(new ContractHolder(" ", "", "", ""))).getMessage());
        assertEquals("mdrive.contract.invalidHolderPhone",
                assertThrows(InvalidContractSettingException.class, () -> contract.setHolder(new ContractHolder("a", "", "", "call me"))).getMessage());
        assertEquals("mdrive.contract.holder.name.tooLong",
                assertThrows(InvalidContractSettingException.class, () -> contract.setHolder(new ContractHolder("a".repeat(201), "", "", ""))).getMessage());
        assertEquals("mdrive.contract.holder.company.tooLong",
                assertThrows(InvalidContractSettingException.class, () -> contract.setHolder(new ContractHolder("a", "b".repeat(101), "", "")))
                        .getMessage());
        assertEquals("mdrive.contract.holder.name.invalidCharacters", assertThrows(InvalidContractSettingException.class,
                () -> contract.setHolder(new ContractHolder("<a href=\"https://evil.example\">証明書</a>", "", "", ""))).getMessage());
        assertEquals("mdrive.contract.holder.address.invalidCharacters", assertThrows(InvalidContractSettingException.class,
                () -> contract.setHolder(new ContractHolder("a", "", "東京都\nhttps://evil.example", ""))).getMessage());
        assertEquals("山田 太郎", contract.holder().name(), "a refused change leaves the stored holder");
        contract.setHolder(new ContractHolder("山田 太郎", "", "", ""));
        assertEquals("", contract.holder().phone(), "an emptied field is removed");
    }
}
