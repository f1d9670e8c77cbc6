package jp.mdrive.keycloak.authenticators.loginmethod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mdrive.keycloak.core.identity.LoginMethod;

class LoginMethodRuleTest {

    private static final String OWN_ADFS = "adfs-OWNCONTRACT00000001";

    /** Only an AD user's sign-in has any business reading the contract. */
    private static Supplier<String> contractAd(LoginMethod own) {
        return () -> own.equals(LoginMethod.AD) ? OWN_ADFS : Assertions.<String>fail("the contract was read for a " + own.value() + " user");
    }

    @ParameterizedTest(name = "R-LOGIN-5 a {0} user signing in with {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "password|-|fits",
            "password|google|wrong_login_method",
            "google|-|wrong_login_method",
            "google|google|fits",
            "google|facebook|wrong_login_method",
            "d-account|d-account|fits",
            "ad|-|wrong_login_method",
            "ad|google|wrong_login_method",
            "ad|adfs-OWNCONTRACT00000001|fits",
            "ad|adfs-OTHERCONTRACT000001|other_contracts_ad",
            "google|adfs-OWNCONTRACT00000001|wrong_login_method"})
    @DisplayName("R-LOGIN-5 each user signs in by their own method only, an AD user through their own contract's ADFS")
    void ownMethodOnly(String own, String identityProvider, String expected) {
        LoginMethod method = new LoginMethod(own);
        assertEquals("fits".equals(expected) ? Optional.empty() : Optional.of(expected),
                LoginMethodRule.mismatch(method, identityProvider, contractAd(method)));
    }

    @ParameterizedTest(name = "R-LOGIN-5 an AD user whose contract names no ADFS is refused through {0}")
    @CsvSource({"adfs-OWNCONTRACT00000001", "adfs-OTHERCONTRACT000001"})
    void adWithoutContractAdfs(String identityProvider) {
        assertEquals(Optional.of("other_contracts_ad"), LoginMethodRule.mismatch(LoginMethod.AD, identityProvider, () -> null));
    }
}
