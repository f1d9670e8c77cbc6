package jp.mdrive.keycloak.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.mdrive.keycloak.core.text.TypedText.Problem;

class TypedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"山田 太郎", "やまだ たろう", "ヤマダ", "O'Brien", "Jean-Luc", "株式会社エムドライブ", "A&B商事",
            "東京都千代田区1-2-3 (5F) #501", "Müller", "髙橋", "𠮷野家", "葛\uDB40\uDD00城", "山田　太郎"})
    @DisplayName("R-SEC-4 names, companies and addresses as people write them pass")
    void legitimate(String text) {
        assertEquals(Optional.empty(), TypedText.problem(text, 100), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<a href=\"https://evil.example\">証明書</a>", "<img src=x onerror=alert(1)>", "a>b", "line\nbreak",
            "tab\there", "cr\rhere", "nul\u0000", "del\u007f", "c1\u0085", "c1\u009b", "ls\u2028", "ps\u2029",
            "rtl\u202eexe.txt", "zero\u200bwidth", "bom\ufeff", "lone\ud800surrogate", "private\ue000"})
    @DisplayName("R-SEC-4 markup, control, format and separator characters are refused")
    void refused(String text) {
        assertEquals(Optional.of(Problem.FORBIDDEN_CHARACTERS), TypedText.problem(text, 100), text);
    }

    @Test
    @DisplayName("R-SEC-4 the length counts characters as people see them")
    void length() {
        assertEquals(Optional.empty(), TypedText.problem("𠮷".repeat(10), 10), "ten kanji outside the BMP are ten");
        assertEquals(Optional.of(Problem.TOO_LONG), TypedText.problem("a".repeat(11), 10));
    }

    @Test
    @DisplayName("R-SEC-4 cleaning trims and joins spaces but keeps what a rule must see")
    void clean() {
        assertEquals("山田 太郎", TypedText.clean("  山田   太郎 "));
        assertEquals("a\nb", TypedText.clean(" a\nb "), "a line break is refused, not hidden");
        assertEquals("", TypedText.clean(null));
    }
}
