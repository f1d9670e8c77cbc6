package jp.mdrive.keycloak.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;

/**
 * The demo realm with the SMS stand-in and Keycloak's time offset (SMS code lifetimes, resend
 * cooldowns, remembered browsers). App codes follow the wall clock, as Keycloak's check does: see
 * {@link Totp#next}.
 */
abstract class TwoStepBase extends DemoRealmBase {

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    final FakeSns sns = FakeSns.start();

    /** Each test starts and ends with a working SMS gateway, whatever the one before it broke. */
    @BeforeEach
    @AfterEach
    void snsWorks() {
        sns.failing(false);
    }
}
