package jp.mdrive.keycloak.core.twostep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

import jp.mdrive.keycloak.core.code.Sha256;

/**
 * R-2SV-5/6: the recovery code shown once after enrolment. 16 characters of Crockford's base32 (80
 * bits, no 0/O or 1/I to confuse), written in groups of four; stored only as a salted hash in a
 * credential of our own type, and spent by the reset that its use triggers.
 */
public final class RecoveryCode {

    public static final String TYPE = "mdrive-recovery-code";

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;

    public record Secret(String salt, String hash) {
    }

    private RecoveryCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A credential holding only the code's salted hash. */
    public static CredentialModel credentialFor(String code, SecureRandom random) {
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        CredentialModel credential = new CredentialModel();
        credential.setType(TYPE);
        credential.setCreatedDate(Time.currentTimeMillis());
        credential.setUserLabel("M-Drive recovery code");
        credential.setCredentialData("{}");
        try {
            credential.setSecretData(JsonSerialization.writeValueAsString(new Secret(salt, Sha256.base64(salt, normalize(code)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return credential;
    }

    /** True when the typed code is the one the credential was made for; case, spaces and dashes do not matter. */
    public static boolean matches(CredentialModel credential, String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        Secret secret = read(credential);
        return Sha256.same(secret.hash(), Sha256.base64(secret.salt(), normalize(typed)));
    }

    private static Secret read(CredentialModel credential) {
        try {
            return JsonSerialization.readValue(credential.getSecretData(), Secret.class);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable recovery code credential " + credential.getId(), e);
        }
    }

    /** Full-width input from Japanese keyboards folds to ASCII; the easily confused letters fold as Crockford says. */
    static String normalize(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : folded.toCharArray()) {
            switch (c) {
                case '-', ' ', '\t' -> { }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> code.append(c);
            }
        }
        return code.toString();
    }
}
