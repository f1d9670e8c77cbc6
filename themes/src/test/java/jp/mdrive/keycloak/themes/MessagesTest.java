package jp.mdrive.keycloak.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Japanese is the default and English the second language: every message exists in both. */
class MessagesTest {

    private static Properties load(String path) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, path);
            Properties messages = new Properties();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return messages;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void sameKeys(String type) throws IOException {
        Properties ja = load("/theme/mdrive/" + type + "/messages/messages_ja.properties");
        Properties en = load("/theme/mdrive/" + type + "/messages/messages_en.properties");
        assertEquals(new TreeSet<>(ja.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        ja.stringPropertyNames().forEach(key -> assertTrue(!ja.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key));
    }
}
