package jp.mdrive.keycloak.core.upgrade;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The release of the bundle a realm's configuration was last brought to, as realm attribute
 * {@link #ATTRIBUTE} holds it: dotted numbers ({@code 1.0.0}), compared number by number, so that
 * {@code 1.10.0} comes after {@code 1.9.0}. A realm of the first landed release has no attribute.
 */
public record ConfigVersion(int[] numbers) implements Comparable<ConfigVersion> {

    public static final String ATTRIBUTE = "mdrive.config-version";
    private static final Pattern DOTTED = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,3}");

    public static ConfigVersion of(String text) {
        if (text == null || !DOTTED.matcher(text).matches()) {
            throw new IllegalArgumentException("not a release number like 1.0.0: " + text);
        }
        return new ConfigVersion(Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    /** The version a realm's attribute names; empty when it has none (a realm of the first landed release). */
    public static Optional<ConfigVersion> ofAttribute(String value) {
        return value == null ? Optional.empty() : Optional.of(of(value));
    }

    @Override
    public int compareTo(ConfigVersion other) {
        for (int i = 0; i < Math.max(numbers.length, other.numbers.length); i++) {
            int difference = Integer.compare(at(i), other.at(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private int at(int index) {
        return index < numbers.length ? numbers[index] : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        int length = numbers.length;
        while (length > 0 && numbers[length - 1] == 0) {
            length--;
        }
        return Arrays.hashCode(Arrays.copyOf(numbers, length));
    }

    @Override
    public String toString() {
        return Arrays.stream(numbers).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }
}
