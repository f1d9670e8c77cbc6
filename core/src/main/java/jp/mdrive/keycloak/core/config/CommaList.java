package jp.mdrive.keycloak.core.config;

import java.util.Arrays;
import java.util.List;

/** A setting typed as a comma-separated list (clients, CIDR blocks, regions): items trimmed, blanks dropped. */
public final class CommaList {

    private CommaList() {
    }

    public static List<String> parse(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
