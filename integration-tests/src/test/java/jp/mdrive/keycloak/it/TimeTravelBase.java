package jp.mdrive.keycloak.it;

import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;

/**
 * The demo realm with mails and Keycloak's time offset: time travel moves the server's clock (and
 * {@code Time} here), never the wall clock; the framework sets it back after each test.
 */
abstract class TimeTravelBase extends MailBase {

    @InjectTimeOffSet
    TimeOffSet timeOffSet;
}
