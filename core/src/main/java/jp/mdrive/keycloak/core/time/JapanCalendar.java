package jp.mdrive.keycloak.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.keycloak.common.util.Time;

/**
 * The calendar M-Drive's rules count in (daily caps, trial and plan-change days): Japan's, on
 * Keycloak's clock, so the server's time offset moves it in tests like every other expiry.
 */
public final class JapanCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(Time.currentTimeMillis()), ZONE);
    }
}
