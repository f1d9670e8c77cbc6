package jp.mdrive.keycloak.core.maillink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.LoginSetupToken;

class LinkGenerationTest {

    private final UserModel user = InMemoryUser.withEmail("taro@example.jp");

    private DefaultActionToken link(String purpose) {
        DefaultActionToken token = new LoginSetupToken("user-1", 2_000_000_000, LoginSetupPurpose.INVITATION, user.getEmail(), null);
        LinkGeneration.of(user).stamp(token, purpose);
        return token;
    }

    @Test
    @DisplayName("R-SEC-6 a newer link of a purpose voids the older ones of that purpose only")
    void newerVoidsOlder() {
        DefaultActionToken first = link("invitation");
        DefaultActionToken reset = link("password-reset");
        assertTrue(LinkGeneration.of(user).isCurrent(first, "invitation"));

        DefaultActionToken second = link("invitation");
        assertFalse(LinkGeneration.of(user).isCurrent(first, "invitation"));
        assertTrue(LinkGeneration.of(user).isCurrent(second, "invitation"));
        assertTrue(LinkGeneration.of(user).isCurrent(reset, "password-reset"), "another purpose is untouched");
        assertFalse(LinkGeneration.of(user).isCurrent(second, "password-reset"), "a link counts for its own purpose only");
    }

    @Test
    @DisplayName("R-SEC-6 voiding all voids every purpose, and a new link after it works")
    void voidAll() {
        DefaultActionToken invitation = link("invitation");
        DefaultActionToken unlock = link("unlock");
        LinkGeneration.of(user).voidAll();
        assertFalse(LinkGeneration.of(user).isCurrent(invitation, "invitation"));
        assertFalse(LinkGeneration.of(user).isCurrent(unlock, "unlock"));
        assertTrue(user.getAttributes().keySet().stream().noneMatch(name -> name.startsWith(LinkGeneration.ATTRIBUTE_PREFIX)));

        assertTrue(LinkGeneration.of(user).isCurrent(link("invitation"), "invitation"));
    }

    @Test
    @DisplayName("R-SEC-6 an address changed by any path voids the links; a link without a generation is void")
    void boundToAddress() {
        DefaultActionToken token = link("method-change");
        user.setEmail("Taro@Example.jp");
        assertTrue(LinkGeneration.of(user).isCurrent(token, "method-change"), "the same address in other case");
        user.setEmail("someone-else@example.jp");
        assertFalse(LinkGeneration.of(user).isCurrent(token, "method-change"));

        assertFalse(LinkGeneration.of(user).isCurrent(new DefaultActionToken(), "method-change"));
        assertFalse(LinkGeneration.of(user).isCurrent("method-change", null));
    }

    @Test
    @DisplayName("R-SEC-6 a generation is random: an attribute deleted by hand does not bring an old link back")
    void notACounter() {
        DefaultActionToken old = link("email-change");
        user.removeAttribute(LinkGeneration.ATTRIBUTE_PREFIX + "email-change");
        link("email-change");
        assertFalse(LinkGeneration.of(user).isCurrent(old, "email-change"));
    }

    @Test
    @DisplayName("R-SEC-6 an opened link kept in notes is the same link, still current or not")
    void keptInNotes() {
        DefaultActionToken token = link("invitation");
        MailLink opened = MailLink.of(token, "invitation");
        MailLink kept = MailLink.fromNotes(opened.notes()::get).orElseThrow();
        assertEquals(opened, kept);
        assertEquals(token.serializeKey(), kept.key());
        assertTrue(kept.isCurrent(user));
        link("invitation");
        assertFalse(kept.isCurrent(user));
        assertTrue(MailLink.fromNotes(name -> null).isEmpty());
    }
}
