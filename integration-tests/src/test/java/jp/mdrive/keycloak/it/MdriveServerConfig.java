package jp.mdrive.keycloak.it;

import org.keycloak.common.Profile;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The server every test class shares: a stock distribution with our one bundle jar in providers/,
 * plus the test framework's remote providers (time offset) for every class alike, so that no class
 * forces a restart with a different provider set. SMS go through the real SNS sender to {@link FakeSns};
 * requests over {@code [::1]} come from the trusted line gateway, those over 127.0.0.1 from the internet.
 * AD metadata may come from {@code localhost} (the ADFS the AD tests play with a second realm, over
 * http): that one host name only, so that 127.0.0.1, [::1] and every other internal address stay
 * refused (R-SEC-5).
 */
public class MdriveServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config.dependency("jp.mdrive.keycloak", "mdrive-keycloak-bundle")
                .dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers")
                .spiOption("mdrive-sms-sender", "sns", "endpoint", "http://127.0.0.1:" + FakeSns.PORT)
                .spiOption("mdrive-sms-sender", "sns", "access-key-id", "AKIDEXAMPLE")
                .spiOption("mdrive-sms-sender", "sns", "secret-access-key", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
                .spiOption("mdrive-sms-sender", "sns", "timeout-seconds", "5")
                // reachable over IPv6 loopback too, which is the one trusted line gateway of the tests
                .option("http-host", "::")
                // R-OPS-7: the management port's /metrics, as operators are told to switch it on
                .option("metrics-enabled", "true")
                // R-OPS-8: the admin console's M-Drive tabs, as docker/keycloak.conf enables them
                .features(Profile.Feature.DECLARATIVE_UI)
                .spiOption("mdrive-line-gateway", "header", "trusted-proxies", "::1/128,192.0.2.0/24")
                .spiOption("realm-restapi-extension", "mdrive", "ad-metadata-allowed-hosts", ActiveDirectoryMetadataGuardTest.ALLOWED_HOST)
                // a week: no run of the trial cancellation falls into a test run; TrialEndTest runs it itself
                .spiOption("events-listener", "mdrive-trial-cancellation", "interval-minutes", "10080")
                // R-OPS-4: the outbox polls and retries within seconds, so a test sees retries without waiting minutes
                .spiOption("mdrive-mail-outbox", "default", "poll-interval-seconds", "1")
                .spiOption("mdrive-mail-outbox", "default", "first-retry-seconds", "1")
                .spiOption("mdrive-mail-outbox", "default", "max-retry-seconds", "2");
    }
}
