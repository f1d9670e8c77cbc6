package jp.mdrive.keycloak.core.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Errors;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.messages.Messages;

class NewPasswordTest {

    @Test
    @DisplayName("R-PWD-2 the same password twice is taken as typed, spaces and all")
    void sameTwice() {
        NewPassword.Typed typed = NewPassword.typed(form(" Secret-2026 ", " Secret-2026 "), NewPassword.Missing.EMPTY);
        assertTrue(typed.refused().isEmpty());
        assertEquals(" Secret-2026 ", typed.password().value());
    }

    @Test
    @DisplayName("R-PWD-2 no password is refused on the new-password field before anything is compared")
    void missing() {
        assertRefused(NewPassword.typed(form(null, null), NewPassword.Missing.EMPTY),
                NewPassword.FIELD, Messages.MISSING_PASSWORD, Errors.PASSWORD_MISSING);
        assertRefused(NewPassword.typed(form("", "other"), NewPassword.Missing.EMPTY),
                NewPassword.FIELD, Messages.MISSING_PASSWORD, Errors.PASSWORD_MISSING);
    }

    @Test
    @DisplayName("R-PWD-2 only spaces count as missing where the page says so, and go on to the policy elsewhere")
    void blank() {
        assertRefused(NewPassword.typed("   ", "   ", NewPassword.Missing.BLANK),
                NewPassword.FIELD, Messages.MISSING_PASSWORD, Errors.PASSWORD_MISSING);
        NewPassword.Typed typed = NewPassword.typed("   ", "   ", NewPassword.Missing.EMPTY);
        assertTrue(typed.refused().isEmpty());
        assertEquals("   ", typed.password().value());
    }

    @Test
    @DisplayName("R-PWD-2 two different passwords are refused on the confirmation field")
    void different() {
        assertRefused(NewPassword.typed(form("Secret-2026", "Secret-2027"), NewPassword.Missing.EMPTY),
                NewPassword.CONFIRM_FIELD, Messages.NOTMATCH_PASSWORD, Errors.PASSWORD_CONFIRM_ERROR);
        assertRefused(NewPassword.typed("Secret-2026", null, NewPassword.Missing.BLANK),
                NewPassword.CONFIRM_FIELD, Messages.NOTMATCH_PASSWORD, Errors.PASSWORD_CONFIRM_ERROR);
    }

    @Test
    @DisplayName("R-PWD-2 the realm's policy refuses on the new-password field with its own message and parameters")
    void policy() {
        NewPassword.Refusal refusal = NewPassword.refused(new PolicyError("invalidPasswordMinLengthMessage", 8));
        assertEquals(NewPassword.FIELD, refusal.field());
        assertEquals("invalidPasswordMinLengthMessage", refusal.message());
        assertArrayEquals(new Object[] {8}, refusal.parameters());
        assertEquals(Errors.PASSWORD_REJECTED, refusal.error());
        assertEquals(NewPassword.FIELD, refusal.formMessage().getField());
        assertArrayEquals(new Object[] {8}, refusal.formMessage().getParameters());
    }

    private static void assertRefused(NewPassword.Typed typed, String field, String message, String error) {
        assertNull(typed.password());
        NewPassword.Refusal refusal = typed.refused().orElseThrow();
        assertEquals(field, refusal.field());
        assertEquals(message, refusal.message());
        assertEquals(error, refusal.error());
        assertEquals(message, refusal.formMessage().getMessage());
    }

    private static MultivaluedMap<String, String> form(String password, String confirmation) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (password != null) {
            form.add(NewPassword.FIELD, password);
        }
        if (confirmation != null) {
            form.add(NewPassword.CONFIRM_FIELD, confirmation);
        }
        return form;
    }
}
