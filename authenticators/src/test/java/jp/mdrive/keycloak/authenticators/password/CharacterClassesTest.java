package jp.mdrive.keycloak.authenticators.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterClassesTest {

    @ParameterizedTest(name = "R-PWD-1 \"{0}\" has {1} classes")
    @CsvSource(delimiter = '|', value = {
            "abcdefgh|1",
            "ABCDEFGH|1",
            "12345678|1",
            "!@#$%^&*|1",
            "abcdEFGH|2",
            "abcd1234|2",
            "abcdEF12|3",
            "abcd12!!|3",
            "ABCD12!!|3",
            "Ab1!|4",
            "'pass word1'|3",
            "Passwörd|2",
            "ÖÄÜabcde|2",
            "abcd1234※|3",
            "abcd1234€|3",
            "パスワードabc1|2",
            "パスワードAb1|3",
            "ａｂｃＡＢＣ１２|3",
            "''|0"})
    @DisplayName("R-PWD-1 character classes are counted by Unicode category")
    void counts(String password, int classes) {
        assertEquals(classes, CharacterClasses.count(password));
    }
}
