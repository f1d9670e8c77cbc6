package jp.mdrive.keycloak.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarDateTest {

    @Test
    @DisplayName("R-PLAN-1 a day reads 2026年12月19日 in Japanese and December 19, 2026 in English")
    void japaneseAndEnglish() {
        LocalDate day = LocalDate.of(2026, 12, 19);
        assertEquals("2026年12月19日", CalendarDate.format(day, Locale.JAPANESE));
        assertEquals("2026年1月3日", CalendarDate.format(LocalDate.of(2026, 1, 3), Locale.JAPAN));
        assertEquals("December 19, 2026", CalendarDate.format(day, Locale.ENGLISH));
    }
}
