package jp.mdrive.keycloak.authenticators.password;

/**
 * The four character classes of manual 3 (英大文字、英小文字、数字、記号). Letters with case count as
 * upper or lower whatever their script (Ö is upper case); every other printable character that is
 * neither a letter nor a digit is a symbol, so non-ASCII symbols such as ※ or € count. Letters
 * without case (kana, kanji) add to the length but to no class.
 */
final class CharacterClasses {

    private static final int UPPER = 1;
    private static final int LOWER = 2;
    private static final int DIGIT = 4;
    private static final int SYMBOL = 8;

    private CharacterClasses() {
    }

    static int count(String password) {
        int seen = password.codePoints().map(CharacterClasses::classOf).reduce(0, (a, b) -> a | b);
        return Integer.bitCount(seen);
    }

    private static int classOf(int codePoint) {
        if (Character.isUpperCase(codePoint)) {
            return UPPER;
        }
        if (Character.isLowerCase(codePoint)) {
            return LOWER;
        }
        if (Character.isDigit(codePoint)) {
            return DIGIT;
        }
        if (Character.isLetter(codePoint) || Character.isISOControl(codePoint)) {
            return 0;
        }
        return SYMBOL;
    }
}
