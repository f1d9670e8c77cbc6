package jp.mdrive.keycloak.authenticators.twostep;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;

import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.code.Sha256;
import jp.mdrive.keycloak.core.code.SlotStore;
import jp.mdrive.keycloak.core.code.UseSlots;

/**
 * R-2SV-3: the time between two SMS of one sign-in, measured on Keycloak's clock from the last send,
 * which a note of the authentication session records. R-SEC-8: requests in parallel all read the same
 * note, so the send that follows a given one is also a single slot in the single-use store; of the
 * requests that found the wait over, one sends and the others are told to wait.
 */
final class ResendCooldown {

    private static final String NOTE = "mdrive.2sv.sms.last-send";
    // the first send of a sign-in follows no other; parallel first sends race for this one slot
    private static final String FIRST = "first";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SingleUseObjectProvider store;
    private final AuthenticationSessionModel authSession;
    private final Duration cooldown;
    private UseSlots claimed;

    ResendCooldown(SingleUseObjectProvider store, AuthenticationSessionModel authSession, Duration cooldown) {
        this.store = store;
        this.authSession = authSession;
        this.cooldown = cooldown;
    }

    /** Claims the next send of this sign-in: empty when it may go now, otherwise the seconds to wait. */
    OptionalLong claim() {
        String[] last = lastSend();
        long waitMillis = Long.parseLong(last[0]) + cooldown.toMillis() - Time.currentTimeMillis();
        if (waitMillis > 0) {
            return OptionalLong.of((waitMillis + 999) / 1000);
        }
        String signIn = Sha256.base64(authSession.getParentSession().getId(), authSession.getTabId(), last[1]);
        UseSlots next = new UseSlots(SlotStore.inMemory(store), "mdrive-sms-send:" + signIn, 1, cooldown.toSeconds());
        if (next.take().isEmpty()) {
            return OptionalLong.of(cooldown.toSeconds());
        }
        claimed = next;
        return OptionalLong.empty();
    }

    /** The claimed send went out: the cooldown runs from now. */
    void sent() {
        note(Time.currentTimeMillis());
    }

    /** The claimed send did not go out: it may be tried again at once. */
    void release() {
        if (claimed != null) {
            claimed.giveBack(1);
            claimed = null;
        }
    }

    /** The next send may go at once, say to a new phone after the recovery code. */
    void lift() {
        note(0);
    }

    private String[] lastSend() {
        String noted = authSession.getAuthNote(NOTE);
        return noted == null ? new String[] {"0", FIRST} : noted.split(":", 2);
    }

    /** A new ID with every note, so the send after it has a slot of its own. */
    private void note(long epochMillis) {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        authSession.setAuthNote(NOTE, epochMillis + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(id));
    }
}
