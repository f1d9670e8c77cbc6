package jp.mdrive.keycloak.authenticators.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CharacterClassesTest {

    @ParameterizedTest(name = "R-PWD-1 \"{0}\" has {1} classes")
    @CsvFileSource(resources = "/jp/mdrive/keycloak/authenticators/password/character-classes.csv", delimiter = '|')
    @DisplayName("R-PWD-1 character classes are counted by Unicode category")
    void counts(String password, int classes) {
        assertEquals(classes, CharacterClasses.count(password));
    }
}
