package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the image is never built by the tests: this keeps the image and
 * the compose file on the options the production harness runs with, which live in one file.
 */
class DeploymentOptionsTest {

    private static final Path CONF = Path.of(System.getProperty("mdrive.cluster.conf", "../docker/keycloak.conf"));
    private static final Path DOCKER = CONF.getParent();

    @Test
    @DisplayName("R-OPS-3 the image builds with docker/keycloak.conf, the options file the production harness runs with")
    void imageUsesSharedOptions() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY docker/keycloak.conf /opt/keycloak/conf/keycloak.conf"), dockerfile);
        int copy = dockerfile.indexOf("COPY docker/keycloak.conf");
        int build = dockerfile.indexOf("kc.sh build");
        assertTrue(copy >= 0 && copy < build, "the options are in place before kc.sh build");
        assertTrue(dockerfile.contains("\"start\", \"--optimized\""), "the image starts optimized, as the harness does");
    }

    @Test
    @DisplayName("R-OPS-3 the compose file sets no option of docker/keycloak.conf a second time")
    void composeDoesNotRepeatSharedOptions() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        List<String> repeated = options().stream()
                .filter(option -> compose.contains("KC_" + option.toUpperCase(Locale.ROOT).replace('-', '_') + ":"))
                .toList();
        assertEquals(List.of(), repeated, "set these in docker/keycloak.conf only");
    }

    @Test
    @DisplayName("R-OPS-5 the image holds the production export only, never the demo users and contracts")
    void imageWithoutDemoData() throws IOException {
        List<String> copiedFromExport = Files.readAllLines(DOCKER.resolve("Dockerfile")).stream()
                .filter(line -> line.startsWith("COPY") && line.contains("realm-export")).toList();
        assertEquals(List.of("COPY realm-export/src/main/resources/mdrive-realm.json /opt/keycloak/data/import/mdrive-realm.json"),
                copiedFromExport);
    }

    @Test
    @DisplayName("R-OPS-5 the compose file hands every environment placeholder of the export to Keycloak")
    void composePassesExportPlaceholders() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        String export;
        try (InputStream json = DeploymentOptionsTest.class.getResourceAsStream(RealmFiles.EXPORT)) {
            export = new String(json.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> variables = Pattern.compile("\\$\\{(MDRIVE_[A-Z_]+):").matcher(export).results().map(m -> m.group(1)).distinct().toList();
        assertTrue(variables.containsAll(List.of("MDRIVE_SMTP_HOST", "MDRIVE_SMTP_PORT", "MDRIVE_GOOGLE_CLIENT_ID", "MDRIVE_GOOGLE_CLIENT_SECRET")),
                variables.toString());
        assertEquals(List.of(), variables.stream().filter(variable -> !compose.contains("      " + variable + ":")).toList(),
                "pass these in the keycloak service's environment");
    }

    private static List<String> options() throws IOException {
        Pattern option = Pattern.compile("^([a-z0-9-]+)=.*$");
        return Files.readAllLines(CONF).stream().map(option::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }
}
