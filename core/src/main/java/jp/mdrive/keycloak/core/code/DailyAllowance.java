package jp.mdrive.keycloak.core.code;

import org.keycloak.models.SingleUseObjectProvider;

import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * A number of uses per subject per calendar day (Japan time), counted in Keycloak's cluster-wide
 * single-use store: the n-th use claims slot n with an atomic put-if-absent, so concurrent requests
 * on any node never share a slot and the cap holds exactly. Used for the SMS caps per user and per
 * number (SMS pumping) and for wrong second-factor codes per user.
 */
public final class DailyAllowance {

    private static final long SLOT_LIFESPAN_SECONDS = 2 * 24 * 3600;

    private final SingleUseObjectProvider store;
    private final String name;
    private final int perDay;

    /** @param name what is counted; subjects of different names never share slots */
    public DailyAllowance(SingleUseObjectProvider store, String name, int perDay) {
        this.store = store;
        this.name = name;
        this.perDay = perDay;
    }

    /** Takes one use for the subject; false when today's uses are all taken. */
    public boolean take(String subject) {
        String prefix = prefix(subject);
        for (int slot = 1; slot <= perDay; slot++) {
            if (store.putIfAbsent(prefix + slot, SLOT_LIFESPAN_SECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** True when today's uses are all taken; slots are claimed in order, so the last one tells. */
    public boolean exhausted(String subject) {
        return store.contains(prefix(subject) + perDay);
    }

    private String prefix(String subject) {
        // hashed: phone numbers and user IDs do not belong in cache keys that operators can list
        return "mdrive-allowance:" + name + ":" + JapanCalendar.today() + ":" + Sha256.base64(subject) + ":";
    }
}
