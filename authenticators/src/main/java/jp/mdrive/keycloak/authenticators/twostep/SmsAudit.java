package jp.mdrive.keycloak.authenticators.twostep;

import java.time.Duration;

import jp.mdrive.keycloak.core.metrics.MdriveMetrics.SmsRefusal;

/** R-OPS-7: what became of each SMS the second step meant to send, told to the operators. */
interface SmsAudit {

    void sent(String e164, Duration took);

    void failed(String e164, Duration took);

    void refused(String e164, SmsRefusal reason);
}
