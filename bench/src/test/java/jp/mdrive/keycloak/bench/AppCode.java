package jp.mdrive.keycloak.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The authenticator app of the benchmark's users: RFC 6238 with the realm's policy (HMAC-SHA1, 6 digits, 30 s). */
final class AppCode {

    private AppCode() {
    }

    /** The 30-second step the app is in now. */
    static long step() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    /** The code the app shows now for a secret as Keycloak stores it (its bytes are the key). */
    static String now(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step()).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
