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
    @DisplayName("R-OPS-7 mail failures and retries are counted by the outbox row's kind as a tag word")
    void mailByKind() {
        MdriveMetrics.mailFailed("password-reset");
        MdriveMetrics.mailFailed("password-reset");
        MdriveMetrics.mailRetried("password-reset");

        assertEquals(2, registry.get("mdrive.mail.failed").tag("kind", "password_reset").counter().count());
        assertEquals(1, registry.get("mdrive.mail.retried").tag("kind", "password_reset").counter().count());
    }
}
