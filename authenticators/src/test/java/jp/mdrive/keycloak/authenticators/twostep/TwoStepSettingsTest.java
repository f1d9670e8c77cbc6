package jp.mdrive.keycloak.authenticators.twostep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

class TwoStepSettingsTest {

    @Test
    @DisplayName("R-2SV-4 an execution without settings gets the manual's defaults, the same the admin console offers")
    void defaultsAreTheAdminConsoles() {
        TwoStepSettings unset = TwoStepSettings.of((AuthenticatorConfigModel) null);
        Map<String, String> offered = TwoStepSettings.CONFIG.stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p.getDefaultValue().toString()));

        assertEquals(TwoStepSettings.of(config(offered)), unset, "reading the offered defaults changes nothing");
        assertEquals(new TwoStepSettings(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 10, 10, 30,
                Duration.ofDays(30), Duration.ofDays(30), Set.of("JP")), unset);
    }

    @Test
    @DisplayName("R-2SV-4 typed settings are read; a mistyped number or an empty region list falls back to its default")
    void typedSettings() {
        TwoStepSettings typed = TwoStepSettings.of(config(Map.of(
                TwoStepSettings.CODE_TRIES.key(), " 3 ",
                TwoStepSettings.WRONG_CODES_PER_USER.key(), "many",
                TwoStepSettings.PHONE_REGIONS.key(), "jp, us ,")));

        assertEquals(3, typed.codeTries());
        assertEquals(30, typed.wrongCodesPerUserPerDay());
        assertEquals(Set.of("JP", "US"), typed.phoneRegions());
        assertEquals(Set.of("JP"), TwoStepSettings.of(config(Map.of(TwoStepSettings.PHONE_REGIONS.key(), " , "))).phoneRegions());
    }

    private static AuthenticatorConfigModel config(Map<String, String> values) {
        AuthenticatorConfigModel config = new AuthenticatorConfigModel();
        config.setConfig(values);
        return config;
    }
}
