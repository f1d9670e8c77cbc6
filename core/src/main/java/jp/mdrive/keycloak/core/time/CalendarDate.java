package jp.mdrive.keycloak.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * A day as pages and mails write it for their reader (R-PLAN-1): 2026年12月19日 in Japanese,
 * December 19, 2026 in English; never the ISO form, which is for the API.
 */
public final class CalendarDate {

    private CalendarDate() {
    }

    /** In the language the user reads the pages in. */
    public static String format(KeycloakSession session, UserModel user, LocalDate day) {
        return format(day, session.getContext().resolveLocale(user));
    }

    public static String format(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
