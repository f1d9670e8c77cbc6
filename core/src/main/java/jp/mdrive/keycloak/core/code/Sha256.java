package jp.mdrive.keycloak.core.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one fast hash of this bundle. Fast is right for what it hashes: random codes with enough
 * entropy, and identifiers kept out of cache keys; a slow hash there would only hand attackers a
 * CPU cost to trigger (ARCHITECTURE.md, recovery codes).
 */
public final class Sha256 {

    private Sha256() {
    }

    /** Hash of the parts, each preceded by its length so that no two part lists collide. */
    public static byte[] of(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha256.update((byte) ':');
                sha256.update(bytes);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String base64(String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(of(parts));
    }

    /** Compares two encoded hashes in constant time. */
    public static boolean same(String expected, String actual) {
        return expected != null && actual != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
