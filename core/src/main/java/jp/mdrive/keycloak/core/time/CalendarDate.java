package jp.mdrive.keycloak.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A day as pages and mails write it for their reader (R-PLAN-1): 2026年12月19日 in Japanese,
 * December 19, 2026 in English; never the ISO form, which is for the API.
 */
public final class CalendarDate {

    private CalendarDate() {
    }

    public static String format(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
