package jp.mdrive.keycloak.core.net;

/**
 * A URL {@link OutboundFetch} would not fetch, or could not read within its bounds. The reason tells
 * the caller which message to show; the detail is for the server log only.
 */
public final class RefusedFetch extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not {@code https} (and not an internal host the operator allowed). */
        NOT_HTTPS,
        /** The host is, or resolves to, an address that is not on the public internet. */
        NOT_PUBLIC,
        /** Malformed, unresolvable, unreachable, not 200, too large, too slow or too many redirects. */
        UNREADABLE
    }

    private final Reason reason;
    private final String url;

    RefusedFetch(Reason reason, String url, String detail) {
        super(reason + " " + url + ": " + detail);
        this.reason = reason;
        this.url = url;
    }

    public Reason reason() {
        return reason;
    }

    /** The URL refused: the one asked for, or the redirect or endpoint that failed the check. */
    public String url() {
        return url;
    }
}
