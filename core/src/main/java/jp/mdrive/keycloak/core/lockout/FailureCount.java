package jp.mdrive.keycloak.core.lockout;

/** A user's consecutive wrong passwords and lock as one read saw them; a user without a row has neither. */
public record FailureCount(int failures, Long lockedAt) {

    static final FailureCount NONE = new FailureCount(0, null);

    public boolean locked() {
        return lockedAt != null;
    }

    /** Nothing a right password would have to clear. */
    public boolean clean() {
        return failures == 0 && lockedAt == null;
    }
}
