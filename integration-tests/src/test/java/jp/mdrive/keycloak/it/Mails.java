package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.mail.MailServer;

/** Reads what Keycloak sent to the test's SMTP catcher. */
final class Mails {

    /** How long no further mail must come for "no more": the outbox tries a mail 1 s after its transaction. */
    private static final long QUIET_MILLIS = 5_000;
    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    private Mails() {
    }

    static List<MimeMessage> to(MailServer server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * Waits until that many mails to the address have arrived (mails leave after the response, and a
     * previous test's may still be on its way, so counting all mails is not enough); fails if they
     * have not within 10 s. At least that many: a claim of "exactly" wants {@link #quietTo}.
     */
    static List<MimeMessage> awaitTo(MailServer server, String address, int count) {
        return awaitTo(server, address, count, Duration.ofSeconds(10));
    }

    /** As above, waiting longer: for mails that wait in the outbox for SMTP or another node. */
    static List<MimeMessage> awaitTo(MailServer server, String address, int count, Duration within) {
        List<MimeMessage> mails = waitFor(server, address, count, within.toMillis());
        if (mails.size() < count) {
            throw new AssertionError(mails.size() + " of " + count + " mails to " + address + " arrived within " + within.toSeconds() + " s");
        }
        return mails;
    }

    /**
     * The mails to the address once the expected ones have arrived (as {@link #awaitTo}) and a quiet
     * period has passed without any more to it: how to show that a request sent nothing or nothing
     * more, since its mail would leave after the response. Returns early (with the surplus, for the
     * caller's assertion to show) once more than expected have come.
     */
    static List<MimeMessage> quietTo(MailServer server, String address, int expected) {
        awaitTo(server, address, expected);
        return waitFor(server, address, expected + 1, QUIET_MILLIS);
    }

    /** {@link #quietTo} for several addresses in one quiet period: each address with its mails, in the given order. */
    static Map<String, List<MimeMessage>> quietTo(MailServer server, Map<String, Integer> expected) {
        expected.forEach((address, count) -> awaitTo(server, address, count));
        long deadline = System.currentTimeMillis() + QUIET_MILLIS;
        while (System.currentTimeMillis() < deadline
                && expected.entrySet().stream().allMatch(e -> to(server, e.getKey()).size() <= e.getValue())) {
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        Map<String, List<MimeMessage>> mails = new LinkedHashMap<>();
        expected.keySet().forEach(address -> mails.put(address, to(server, address)));
        return mails;
    }

    /** The count-th mail to the address once it has come, the count-th of exactly that many so far, with that subject. */
    static MimeMessage numbered(MailServer server, String address, int count, String subject) {
        List<MimeMessage> mails = awaitTo(server, address, count);
        assertEquals(count, mails.size(), "mails to " + address);
        MimeMessage newest = mails.get(count - 1);
        assertEquals(subject, subject(newest));
        return newest;
    }

    /** The one mail to the address, once a quiet period has shown that no second one follows. */
    static MimeMessage only(MailServer server, String address) {
        List<MimeMessage> mails = quietTo(server, address, 1);
        assertEquals(1, mails.size(), "one mail to " + address);
        return mails.get(0);
    }

    private static List<MimeMessage> waitFor(MailServer server, String address, int count, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        List<MimeMessage> mails = to(server, address);
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
            mails = to(server, address);
        }
        return mails;
    }

    /** Fails unless the mail's text says every one of the phrases. */
    static void assertSays(String text, String... phrases) {
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), "no \"" + phrase + "\" in: " + text);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part, which Keycloak sends beside the HTML one. */
    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The text/html part, as mail programs show it. */
    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart multipart = (Multipart) content;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new IllegalStateException("no " + type + " part");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String link(MimeMessage message) {
        Matcher link = LINK.matcher(text(message));
        if (!link.find()) {
            throw new IllegalStateException("no action-token link in: " + text(message));
        }
        return link.group();
    }
}
