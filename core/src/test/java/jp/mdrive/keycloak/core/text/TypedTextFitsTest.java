package jp.mdrive.keycloak.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypedTextFitsTest {

    @Test
    @DisplayName("R-SEC-4 R-SEC-10 names in any script, with emoji and their joiners, fit")
    void plain() {
        for (String text : new String[] {"山田 太郎", "ＡＢＣ１２３　テスト", "مرحبا שלום", "😀👨‍👩‍👧🏳️‍🌈",
                "' OR '1'='1' --", "O'Brien-Müller", ""}) {
            assertTrue(TypedText.fits(text, 255), text);
        }
    }

    @Test
    @DisplayName("R-SEC-4 R-SEC-10 control, format, broken and markup characters, and text too long, are refused")
    void refused() {
        for (String text : new String[] {"a\u0000b", "a\u0001b", "x\r\nSet-Cookie: a=b", "tab\there", "\u202Efdp.exe", "a\u2066b",
                "\uD800x", "x\uDC00", "\uFFFD", "\uE000", "\u0378", "<script>alert('x')</script>"}) {
            assertFalse(TypedText.fits(text, 255), text);
        }
        assertTrue(TypedText.fits("名".repeat(255), 255));
        assertFalse(TypedText.fits("名".repeat(256), 255));
    }
}
