package jp.mdrive.keycloak.core.lockout;

/**
 * What one wrong password did: the count it made, when the account was locked (null while it is
 * not) and whether this very attempt locked it; exactly one attempt per lock does.
 */
public record FailureOutcome(int failures, Long lockedAt, boolean lockedNow) {

    public boolean locked() {
        return lockedAt != null;
    }
}
