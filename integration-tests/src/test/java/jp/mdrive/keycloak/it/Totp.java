package jp.mdrive.keycloak.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of the tests: RFC 6238 (HMAC-SHA1, 6 digits, 30 s) written here from the
 * RFC, not borrowed from Keycloak, so a bug in how the server checks codes cannot hide itself.
 */
final class Totp {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** Seconds a code stands for (the realm's OTP policy period). */
    static final int PERIOD = 30;
    /** Time steps before and after the present one whose codes the realm takes (its look-ahead window). */
    static final int WINDOW = 1;

    private Totp() {
    }

    /** The code for the key as the QR page shows it (base32, in groups) at the given Unix time. */
    static String code(String shownKey, long unixSeconds) {
        byte[] key = base32(shownKey);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(unixSeconds / PERIOD).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The code the app shows now. Keycloak checks app codes against the wall clock (its TimeBasedOTP
     * reads the system calendar), not against the test framework's time offset.
     */
    static String now(String shownKey) {
        return code(shownKey, System.currentTimeMillis() / 1000);
    }

    /** The RFC 6238 time step the wall clock is in. */
    static long step() {
        return System.currentTimeMillis() / 1000 / PERIOD;
    }

    /**
     * A code the server takes now other than the used one, without waiting for the clock: the next
     * time step's, which the realm's look-around window of {@value #WINDOW} step takes already, or
     * failing that this step's.
     */
    static String next(String shownKey, String used) {
        long now = System.currentTimeMillis() / 1000;
        for (long at : new long[] {now + PERIOD, now}) {
            String code = code(shownKey, at);
            if (!code.equals(used)) {
                return code;
            }
        }
        throw new AssertionError("this and the next time step both show the used code " + used);
    }

    private static byte[] base32(String shown) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : shown.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
