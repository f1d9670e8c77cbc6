package jp.mdrive.keycloak.core.code;

import java.time.Duration;
import java.util.Locale;


/**
 * R-SEC-7: how often a mail that anyone can ask for by typing an address (a password reset) may go
 * to one address: once per quiet period and so many times per Japan day. Both are counted in a
 * cluster-wide {@link SlotStore}, so they hold across nodes and parallel requests: the
 * quiet period is one atomic claim that expires with the period (a rolling window: two
 * mails are always at least the period apart), the day's count a {@link DailyAllowance}. The quiet
 * period is claimed first, so a request it refuses never uses up one of the day's mails.
 *
 * @param name what is mailed; mails of different names never share a count
 */
public record MailThrottle(SlotStore store, String name, Duration quietPeriod, int perDay) {

    public enum Verdict {
        SEND, QUIET_PERIOD, DAILY_CAP;

        /** How an event records a refusal: {@code quiet_period}, {@code daily_cap}. */
        public String detail() {
            return name().toLowerCase(Locale.ROOT);
        }
    }


    /**
     * Takes one mail to the address, which counts alike in any case and whether or not it belongs to
     * anyone, so asking for an unknown address costs the same store work as asking for a real one.
     */
    public Verdict take(String address) {
        String subject = address.strip().toLowerCase(Locale.ROOT);
        if (!store.claim("mdrive-quiet:" + name + ":" + Sha256.base64(subject), quietPeriod.toSeconds())) {
            return Verdict.QUIET_PERIOD;
        }
        return new DailyAllowance(store, "mail-" + name, perDay).take(subject) ? Verdict.SEND : Verdict.DAILY_CAP;
    }
}
