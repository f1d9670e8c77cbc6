package jp.mdrive.keycloak.core.text;

import java.util.Optional;

/**
 * R-SEC-4: the rule for short free text that people type (names, company, address) and that later
 * stands in pages and mails. Pages and HTML mails escape it anyway; the rule keeps out what escaping
 * cannot make harmless in a text mail or a log line, and markup that has no business in a name:
 * <ul>
 * <li>control characters, line and paragraph separators (a value could start a line of its own in a
 * text mail, e.g. one that looks like a link),</li>
 * <li>format characters such as U+202E (right-to-left override), which reorder what a reader sees,</li>
 * <li>surrogates without a pair and private-use characters, which no one types,</li>
 * <li>{@code <} and {@code >}, the characters of markup.</li>
 * </ul>
 * Length counts characters as people see them (code points), so 漢字 count one each.
 */
public final class TypedText {

    public enum Problem { TOO_LONG, FORBIDDEN_CHARACTERS }

    private TypedText() {
    }

    /** Trimmed, with runs of spaces made one; {@code null} is empty. Nothing else is changed, so a rule sees what was sent. */
    public static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll(" {2,}", " ");
    }

    /** Whether the text breaks no rule: also the guard before an identifier typed by anyone is looked up. */
    public static boolean fits(String text, int maxLength) {
        return text != null && problem(text, maxLength).isEmpty();
    }

    /** The rule the text breaks, if any. */
    public static Optional<Problem> problem(String text, int maxLength) {
        if (text.codePoints().anyMatch(TypedText::forbidden)) {
            return Optional.of(Problem.FORBIDDEN_CHARACTERS);
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    private static boolean forbidden(int codePoint) {
        if (codePoint == 0x200C || codePoint == 0x200D) {
            // the joiners that emoji sequences and some scripts need
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            // U+FFFD stands for bytes that were not UTF-8
            default -> codePoint == '<' || codePoint == '>' || codePoint == 0xFFFD;
        };
    }
}
