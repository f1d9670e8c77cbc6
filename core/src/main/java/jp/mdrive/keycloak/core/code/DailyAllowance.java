package jp.mdrive.keycloak.core.code;

import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * A number of uses per subject per calendar day (Japan time), as {@link UseSlots} of that day, so the
 * cap holds exactly however many requests come at once. Used for the SMS caps per user and per number
 * (SMS pumping) and for wrong second-factor codes per user.
 *
 * @param name what is counted; subjects of different names never share slots
 */
public record DailyAllowance(SlotStore store, String name, int perDay) {

    // longer than a day, so a slot taken just before midnight in any time zone outlives its day
    private static final long SLOT_LIFESPAN_SECONDS = 2 * 24 * 3600;

    /** Today's uses of the subject. */
    public UseSlots today(String subject) {
        // hashed: phone numbers and user IDs do not belong in cache keys that operators can list
        String key = "mdrive-allowance:" + name + ":" + JapanCalendar.today() + ":" + Sha256.base64(subject);
        return new UseSlots(store, key, perDay, SLOT_LIFESPAN_SECONDS);
    }

    /** Takes one use for the subject; false when today's uses are all taken. */
    public boolean take(String subject) {
        return today(subject).take().isPresent();
    }
}
