package jp.mdrive.keycloak.core.twostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class RecoveryCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    @DisplayName("R-2SV-5 a recovery code is 16 characters of Crockford base32 in groups of four")
    void format() {
        String code = RecoveryCode.generate(random);
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
        assertNotEquals(code, RecoveryCode.generate(random));
    }

    @Test
    @DisplayName("R-2SV-5 the credential holds only a salted hash of the code")
    void storedHashed() {
        String code = RecoveryCode.generate(random);
        CredentialModel credential = RecoveryCode.credentialFor(code, random);
        assertEquals(RecoveryCode.TYPE, credential.getType());
        assertFalse(credential.getSecretData().contains(code.replace("-", "")));
        assertFalse(credential.getSecretData().contains(code.substring(0, 4)));
        assertNotEquals(credential.getSecretData(), RecoveryCode.credentialFor(code, random).getSecretData(), "salted");
    }

    @Test
    @DisplayName("R-2SV-6 the code matches however it is typed: case, spaces, dashes, full width, O for 0 and I or L for 1")
    void matchesAsTyped() {
        String code = "0A1B-2C3D-4E5F-6G7H";
        CredentialModel credential = RecoveryCode.credentialFor(code, random);
        assertTrue(RecoveryCode.matches(credential, code));
        assertTrue(RecoveryCode.matches(credential, " 0a1b 2c3d 4e5f 6g7h "));
        assertTrue(RecoveryCode.matches(credential, "０Ａ１Ｂ－２Ｃ３Ｄ－４Ｅ５Ｆ－６Ｇ７Ｈ".replace('－', '-')));
        assertTrue(RecoveryCode.matches(credential, "OAIB-2C3D-4E5F-6G7H"));
        assertTrue(RecoveryCode.matches(credential, "oalb2c3d4e5f6g7h"));
        assertFalse(RecoveryCode.matches(credential, "0A1B-2C3D-4E5F-6G7J"));
        assertFalse(RecoveryCode.matches(credential, ""));
        assertFalse(RecoveryCode.matches(credential, null));
    }
}
