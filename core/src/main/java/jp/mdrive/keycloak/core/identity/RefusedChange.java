package jp.mdrive.keycloak.core.identity;

import org.keycloak.models.ModelException;

/**
 * A member change the rules refuse. The message is a theme message key, so a page and the REST API
 * say the same thing in the user's language; the kind tells the API which status to answer.
 */
public class RefusedChange extends ModelException {

    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;

    public RefusedChange(Kind kind, String messageKey, Object... parameters) {
        super(messageKey, parameters);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
