package jp.mdrive.keycloak.core.identity;

/**
 * An e-mail address as a notice to another address may show it: enough for its owner to recognise
 * it, not enough for whoever reads the old mailbox to learn it. The first character of the name and
 * of the domain, and the top-level domain: {@code t***@e***.jp}.
 */
public final class MaskedAddress {

    private static final String HIDDEN = "***";

    private MaskedAddress() {
    }

    public static String of(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return HIDDEN;
        }
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String topLevel = dot > 0 ? domain.substring(dot) : "";
        return address.substring(0, 1) + HIDDEN + "@" + domain.substring(0, 1) + HIDDEN + topLevel;
    }
}
