package jp.mdrive.keycloak.core.authority;

import jp.mdrive.keycloak.core.identity.RefusedChange;

/** The authority's answer: allowed, or refused with the kind of refusal and a message key. */
public record Verdict(boolean allowed, RefusedChange.Kind kind, String reason, Object... parameters) {

    static final Verdict ALLOWED = new Verdict(true, null, null);

    /** Throws the refusal, for callers that answer a refusal the way they answer bad input. */
    public void orThrow() {
        if (!allowed) {
            throw new RefusedChange(kind, reason, parameters);
        }
    }
}
