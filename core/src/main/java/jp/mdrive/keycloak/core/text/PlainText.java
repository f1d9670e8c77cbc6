package jp.mdrive.keycloak.core.text;

/**
 * R-SEC-4, R-SEC-10: one line of text a person types, such as a name, a company or an address. It
 * holds no control characters (NUL, line breaks, escape), no format characters that reorder or hide
 * text (a right-to-left override makes "fdp.exe" show as "exe.pdf"), no lone surrogates, private-use
 * or unassigned code points, and no U+FFFD, which stands where bytes were not UTF-8. The joiners
 * U+200C and U+200D stay allowed: emoji sequences and some scripts need them.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether the text is plain and at most {@code maxLength} characters long. */
    public static boolean fits(String text, int maxLength) {
        return text.length() <= maxLength && text.codePoints().allMatch(PlainText::allowed);
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == 0x200C || codePoint == 0x200D) {
            return true;
        }
        if (codePoint == 0xFFFD) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
