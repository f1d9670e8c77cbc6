package jp.mdrive.keycloak.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;

/**
 * The demo realm with the SMS stand-in and Keycloak's time offset, which drives both the server's
 * clock and the app codes of {@link Totp}: no 2SV test waits on the wall clock.
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
