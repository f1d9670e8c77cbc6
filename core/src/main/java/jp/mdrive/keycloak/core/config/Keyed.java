package jp.mdrive.keycloak.core.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * A constant of ours stored or sent as a key of its own (an attribute value, a note, an API value),
 * never by its Java name, so constants can be renamed without touching stored data.
 */
public interface Keyed {

    /** The key it is stored and sent as. */
    String value();

    /** The constant of that key; empty for an unknown key or null. */
    static <E extends Enum<E> & Keyed> Optional<E> byValue(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.value().equals(value)).findFirst();
    }
}
