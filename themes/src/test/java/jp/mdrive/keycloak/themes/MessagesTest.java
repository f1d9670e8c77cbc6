package jp.mdrive.keycloak.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
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

    /** The login and email themes, and the theme resources Keycloak adds to every theme (the admin console's labels). */
    @ParameterizedTest
    @ValueSource(strings = {"/theme/mdrive/login/messages", "/theme/mdrive/email/messages", "/theme-resources/messages"})
    void sameKeys(String folder) throws IOException {
        Properties ja = load(folder + "/messages_ja.properties");
        Properties en = load(folder + "/messages_en.properties");
        assertEquals(new TreeSet<>(ja.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        ja.stringPropertyNames().forEach(key -> assertTrue(!ja.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key));
    }

    /**
     * Keycloak renders every message through {@link MessageFormat}, where a single quote starts a
     * quoted run: "contract's" would print as "contracts" and swallow what follows. Apostrophes are
     * written twice; a message must come out of MessageFormat with every one of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void apostrophesSurviveMessageFormat(String type) throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            Properties messages = load("/theme/mdrive/" + type + "/messages/messages_" + language + ".properties");
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                String shown = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[] {"{0}", "{1}", "{2}", "{3}"});
                assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(), shown.chars().filter(c -> c == '\'').count(),
                        language + " " + key + ": write apostrophes as ''");
            }
        }
    }
}
