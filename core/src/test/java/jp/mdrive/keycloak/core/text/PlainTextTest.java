package jp.mdrive.keycloak.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    @DisplayName("R-SEC-10 names in any script, with emoji and markup (escaped where shown), are plain text")
    void plain() {
        for (String text : new String[] {"山田 太郎", "ＡＢＣ１２３　テスト", "مرحبا שלום", "😀👨‍👩‍👧🏳️‍🌈", "<script>alert('x')</script>",
                "' OR '1'='1' --", "O'Brien-Müller", ""}) {
            assertTrue(PlainText.fits(text, 255), text);
        }
    }

    @Test
    @DisplayName("R-SEC-10 control, format and broken characters, and text too long, are refused")
    void refused() {
        for (String text : new String[] {"a\u0000b", "a\u0001b", "x\r\nSet-Cookie: a=b", "tab\there", "\u202Efdp.exe", "a\u2066b",
                "\uD800x", "x\uDC00", "\uFFFD", "\uE000", "\u0378"}) {
            assertFalse(PlainText.fits(text, 255), text);
        }
        assertTrue(PlainText.fits("名".repeat(255), 255));
        assertFalse(PlainText.fits("名".repeat(256), 255));
    }
}
