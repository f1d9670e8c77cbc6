package jp.mdrive.keycloak.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The mail meters, which the integration test cannot drive until the outbox calls them. */
class MdriveMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void register() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void unregister() {
        Metrics.removeRegistry(registry);
    }

    @Test
    @DisplayName("R-OPS-7 mail failures and retries are counted by the template's name as a tag word")
    void mailByTemplate() {
        MdriveMetrics.mailFailed("mdrive-password-reset.ftl");
        MdriveMetrics.mailFailed("mdrive-password-reset.ftl");
        MdriveMetrics.mailRetried("mdrive-password-reset.ftl");

        assertEquals(2, registry.get("mdrive.mail.failed").tag("template", "mdrive_password_reset").counter().count());
        assertEquals(1, registry.get("mdrive.mail.retried").tag("template", "mdrive_password_reset").counter().count());
    }
}
