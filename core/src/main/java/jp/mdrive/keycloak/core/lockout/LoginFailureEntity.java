package jp.mdrive.keycloak.core.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's consecutive wrong passwords and, once they reached the threshold, when the account was
 * locked. One row per user that ever failed; the database row is what makes the count exact across
 * concurrent requests and cluster nodes.
 */
@Entity(name = "MdriveLoginFailure")
@Table(name = "MDRIVE_LOGIN_FAILURE")
public class LoginFailureEntity {

    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    /** Epoch milliseconds of the lock; null while the account is not locked. */
    @Column(name = "LOCKED_AT")
    private Long lockedAt;

    protected LoginFailureEntity() {
    }

    LoginFailureEntity(String realmId, String userId) {
        this.realmId = realmId;
        this.userId = userId;
        this.failures = 1;
    }

    public String getUserId() {
        return userId;
    }

    public String getRealmId() {
        return realmId;
    }

    public int getFailures() {
        return failures;
    }

    public Long getLockedAt() {
        return lockedAt;
    }
}
