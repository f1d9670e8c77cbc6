package jp.mdrive.keycloak.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.common.util.Time;
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

    /** Moves both clocks on to the start of the next time step: what follows within half a minute shares one step. */
    void startOfTimeStep() {
        timeOffSet.set(timeOffSet.get() + Totp.PERIOD - (int) (Time.currentTime() % Totp.PERIOD));
    }

    /** Moves both clocks on, a time step at a time, until the app shows a code other than the used one; that code. */
    String nextTotp(String key, String used) {
        for (int steps = 0; steps < 3; steps++) {
            timeOffSet.set(timeOffSet.get() + Totp.PERIOD);
            String code = Totp.now(key);
            if (!code.equals(used)) {
                return code;
            }
        }
        throw new AssertionError("three time steps in a row showed the used code " + used);
    }
}
