package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * R-SEC-10: the hostile values every field is fed, as a fixed table, so that every run sends the same
 * bytes. A value is {@link Kind#MALFORMED} when no field of ours may take it (oversized, control or
 * bidi-override characters, broken Unicode, a JSON value of the wrong type) and {@link Kind#ODD} when
 * it is strange but could be somebody's text (emoji, full-width, right-to-left, markup, SQL, paths):
 * a free-text field may take an odd value, a field with a format may not, and no field takes a
 * malformed one.
 */
final class HostileInput {

    enum Kind { MALFORMED, ODD }

    /** How strictly a field judges input: a format, free text, or anything (a password: only hashed). */
    enum Field {
        FORMAT, FREE_TEXT, ANY;

        /** Whether the field has to refuse a value of that kind. */
        boolean mustRefuse(Kind kind) {
            return this == FORMAT || (this == FREE_TEXT && kind == Kind.MALFORMED);
        }
    }

    /** The JSON type a body field expects. */
    enum JsonType { STRING, BOOLEAN, STRING_ARRAY }

    static final int MEGABYTE = 1 << 20;

    /**
     * A value for a text field: its text, and how a form sends it (percent-encoded; for broken
     * UTF-8 the raw bytes no browser would send).
     */
    record Text(String label, String text, String formEncoded, String jsonLiteral, Kind kind) {

        static Text of(String label, String text, Kind kind) {
            return new Text(label, text, URLEncoder.encode(text, StandardCharsets.UTF_8), jsonString(text), kind);
        }
    }

    /** A value for a JSON body field, as it goes on the wire. */
    record Json(String label, String literal, Kind kind) {
    }

    private static final String LONG_ADDRESS = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "."
            + "d".repeat(60) + "." + "e".repeat(50) + ".example";

    /** The odd texts of the table that a file holds as they are, one per line: label, a tab, the text. */
    private static final List<Text> ODD_TEXTS = oddTexts();

    private HostileInput() {
    }

    private static List<Text> oddTexts() {
        try (InputStream in = HostileInput.class.getResourceAsStream("/hostile-input/odd-texts.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(fields -> Text.of(fields[0], fields[1], Kind.ODD))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Text> texts() {
        List<Text> texts = new ArrayList<>(List.of(
                Text.of("<empty>", "", Kind.ODD),
                Text.of("<whitespace only>", " \t\u3000 ", Kind.ODD),
                Text.of("<256 characters>", "名".repeat(256), Kind.MALFORMED),
                Text.of("<10,000 characters>", "Aa1!".repeat(2_500), Kind.MALFORMED),
                Text.of("<1MB string>", "x".repeat(MEGABYTE), Kind.MALFORMED),
                Text.of("<control characters>", "a\u0001b\u001Bc\u007F", Kind.MALFORMED),
                Text.of("<NUL>", "a\u0000b", Kind.MALFORMED),
                Text.of("<CRLF header injection>", "x\r\nSet-Cookie: mdrive=hijacked\r\nX-Injected: 1", Kind.MALFORMED),
                Text.of("<right-to-left override>", "\u202Efdp.exe\u202C", Kind.MALFORMED),
                new Text("<lone surrogate>", "\uD800x", "%ED%A0%80x", "\"\\ud800x\"", Kind.MALFORMED),
                new Text("<invalid UTF-8>", "\uFFFD\uFFFD\uFFFD", "%FF%FE%C0%AF", "\"\\udfff\\ud800\"", Kind.MALFORMED)));
        texts.addAll(ODD_TEXTS);
        texts.add(Text.of("<306-character address>", LONG_ADDRESS, Kind.ODD));
        return texts;
    }

    /**
     * The values for one of many fields: every malformed and blank one, and half of the odd ones, the
     * other half for the next field, so that the fields of a run share the whole table in less time.
     */
    static List<Text> sample(int field) {
        List<Text> all = texts();
        return IntStream.range(0, all.size())
                .filter(i -> all.get(i).kind() == Kind.MALFORMED || all.get(i).text().isBlank() || (i + field) % 2 == 0)
                .mapToObj(all::get).toList();
    }

    /**
     * The texts that fit into a path segment or query parameter: not empty (an empty segment is another
     * path), and short enough that the HTTP layer does not refuse the URL before any code of ours runs.
     */
    static List<Text> inUrls() {
        return texts().stream().filter(text -> !text.text().isEmpty() && text.formEncoded().length() < 2_000).toList();
    }

    /**
     * The hostile values for a JSON field of that type: every text as a string, and the JSON types it
     * does not take. The type's own valid values (true and false for a switch) are not among them.
     */
    static List<Json> json(JsonType expected) {
        List<Json> values = new ArrayList<>();
        for (Text text : texts()) {
            values.add(new Json(text.label(), text.jsonLiteral(), expected == JsonType.STRING ? text.kind() : Kind.MALFORMED));
        }
        values.add(new Json("<number>", "12345", Kind.MALFORMED));
        values.add(new Json("<number 1>", "1", Kind.MALFORMED));
        values.add(new Json("<huge number>", "1e999999", Kind.MALFORMED));
        values.add(new Json("<null>", "null", Kind.ODD));
        values.add(new Json("<object>", "{\"$ne\": \"\"}", Kind.MALFORMED));
        values.add(new Json("<nested 5,000 deep>", "[".repeat(5_000) + "]".repeat(5_000), Kind.MALFORMED));
        if (expected != JsonType.BOOLEAN) {
            values.add(new Json("<true>", "true", Kind.MALFORMED));
            values.add(new Json("<false>", "false", Kind.MALFORMED));
        } else {
            values.add(new Json("<string \"true\">", "\"true\"", Kind.MALFORMED));
            values.add(new Json("<string \"on\">", "\"on\"", Kind.MALFORMED));
        }
        if (expected != JsonType.STRING_ARRAY) {
            values.add(new Json("<array>", "[\"line-only\", true]", Kind.MALFORMED));
        }
        return values;
    }

    /** A body that is not a JSON object of the endpoint's: sent as it is. */
    record Body(String label, String contentType, byte[] bytes) {

        static Body of(String label, String contentType, String text) {
            return new Body(label, contentType, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Whole bodies that are wrong: not JSON, not an object, the wrong media type, duplicate and
     * unknown fields (around a valid body), too deep, too big.
     */
    static List<Body> bodies(String validField, String validValue) {
        String valid = "\"" + validField + "\": " + validValue;
        return List.of(
                Body.of("<no body>", "application/json", ""),
                Body.of("<invalid JSON>", "application/json", "{" + valid + ", "),
                Body.of("<JSON null>", "application/json", "null"),
                Body.of("<JSON array>", "application/json", "[{" + valid + "}]"),
                Body.of("<JSON string>", "application/json", "\"" + validField + "\""),
                Body.of("<JSON number>", "application/json", "42"),
                Body.of("<two objects>", "application/json", "{" + valid + "} {" + valid + "}"),
                Body.of("<duplicate field, odd one last>", "application/json", "{" + valid + ", \"" + validField + "\": \"<b>x</b>\"}"),
                Body.of("<duplicate field, odd one first>", "application/json", "{\"" + validField + "\": \"<b>x</b>\", " + valid + "}"),
                Body.of("<unknown field>", "application/json", "{" + valid + ", \"mdrive.contractor\": \"someone\"}"),
                Body.of("<nested 5,000 deep>", "application/json", "{" + valid + ", \"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}"),
                Body.of("<2MB body>", "application/json", "{" + valid + ", \"padding\": [" + "\"xxxxxxxxxxxxxxxxxxxx\",".repeat(100_000) + "\"x\"]}"),
                new Body("<invalid UTF-8 bytes>", "application/json", concat("{\"" + validField + "\": \"", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0}, "\"}")),
                Body.of("<text/plain>", "text/plain", "{" + valid + "}"),
                Body.of("<form encoded>", "application/x-www-form-urlencoded", validField + "=x"),
                Body.of("<XML>", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    /** A JSON string literal of the text, with every control character escaped as JSON requires. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
