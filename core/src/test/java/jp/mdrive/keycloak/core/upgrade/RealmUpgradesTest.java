package jp.mdrive.keycloak.core.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

class RealmUpgradesTest {

    private static final RealmUpgrades THREE = new RealmUpgrades(List.of(step("1.0.0"), step("1.2.0"), step("1.10.0")));

    @Test
    @DisplayName("R-OPS-6 release numbers compare number by number: 1.10.0 after 1.9.0, 1.0 equal to 1.0.0")
    void numericOrder() {
        assertTrue(ConfigVersion.of("1.10.0").compareTo(ConfigVersion.of("1.9.0")) > 0);
        assertTrue(ConfigVersion.of("2.0.0").compareTo(ConfigVersion.of("1.99.99")) > 0);
        assertEquals(ConfigVersion.of("1.0"), ConfigVersion.of("1.0.0"));
        assertEquals(ConfigVersion.of("1.0").hashCode(), ConfigVersion.of("1.0.0").hashCode());
        assertEquals("1.10.0", ConfigVersion.of("1.10.0").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.x", "1..0", "v1.0.0", "1.0.0-SNAPSHOT", " 1.0.0", "1.0.0.0.0", "9999999"})
    @DisplayName("R-OPS-6 a version attribute that is no release number is refused, not read as some version")
    void malformed(String text) {
        assertThrows(IllegalArgumentException.class, () -> ConfigVersion.of(text));
    }

    @Test
    @DisplayName("R-OPS-6 a realm without the attribute (first landed release) needs every step")
    void firstRelease() {
        assertEquals(List.of("1.0.0", "1.2.0", "1.10.0"), versions(THREE.pending(Optional.empty())));
        assertEquals(Optional.empty(), ConfigVersion.ofAttribute(null));
    }

    @Test
    @DisplayName("R-OPS-6 a realm needs only the steps after its version, in order; a current or newer one none")
    void onlyLaterSteps() {
        assertEquals(List.of("1.2.0", "1.10.0"), versions(THREE.pending(ConfigVersion.ofAttribute("1.0.0"))));
        assertEquals(List.of("1.10.0"), versions(THREE.pending(ConfigVersion.ofAttribute("1.9.0"))));
        assertEquals(List.of(), versions(THREE.pending(ConfigVersion.ofAttribute("1.10.0"))));
        assertEquals(List.of(), versions(THREE.pending(ConfigVersion.ofAttribute("2.0.0"))));
        assertEquals(ConfigVersion.of("1.10.0"), THREE.current());
    }

    @Test
    @DisplayName("R-OPS-6 steps out of order or twice the same version are a programming error caught at start")
    void stepsInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new RealmUpgrades(List.of(step("1.2.0"), step("1.0.0"))));
        assertThrows(IllegalArgumentException.class, () -> new RealmUpgrades(List.of(step("1.0.0"), step("1.0"))));
        assertThrows(IllegalArgumentException.class, () -> new RealmUpgrades(List.of()));
    }

    @Test
    @DisplayName("R-OPS-6 the jar carries the export, and this release brings realms to the version the export gives a fresh realm")
    void thisRelease() {
        BundledExport export = BundledExport.fromJar();
        assertEquals(export.representation().getAttributes().get(ConfigVersion.ATTRIBUTE), RealmUpgrades.ofThisRelease(export).current().toString());
        assertEquals("mdrive", export.representation().getRealm());
    }

    private static List<String> versions(List<UpgradeStep> steps) {
        return steps.stream().map(step -> step.version().toString()).toList();
    }

    private static UpgradeStep step(String version) {
        return new UpgradeStep() {
            @Override
            public ConfigVersion version() {
                return ConfigVersion.of(version);
            }

            @Override
            public void apply(KeycloakSession session, RealmModel realm) {
            }
        };
    }
}
