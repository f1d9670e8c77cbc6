package jp.mdrive.keycloak.core.mail.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * R-OPS-4: one mail (or the work that decides one) waiting to be done. Written in the transaction
 * that asked for it, deleted in the transaction that did it; times are epoch milliseconds of
 * Keycloak's clock ({@code Time}, which tests move).
 */
@Entity(name = "MdriveMailOutbox")
@Table(name = "MDRIVE_MAIL_OUTBOX")
public class OutboxEntity {

    public enum State {
        PENDING, FAILED
    }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    /** The {@link MailJob} provider that does the work. */
    @Column(name = "KIND", length = 64, nullable = false)
    private String kind;

    /** The job's input as JSON; it may hold a live link, so operators' queries leave it out. */
    @Column(name = "PAYLOAD", nullable = false)
    private String payload;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private long nextAttemptAt;

    /** While a node works on the row; a node that died leaves it to expire. */
    @Column(name = "CLAIMED_UNTIL")
    private Long claimedUntil;

    /** The node that claimed the row last. */
    @Column(name = "CLAIMANT")
    private String claimant;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state;

    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;

    protected OutboxEntity() {
    }

    OutboxEntity(String id, String realmId, String kind, String payload, long createdAt, long firstAttemptAt) {
        this.id = id;
        this.realmId = realmId;
        this.kind = kind;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = firstAttemptAt;
        this.state = State.PENDING;
    }

    public String getId() {
        return id;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getKind() {
        return kind;
    }

    String getPayload() {
        return payload;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public long getNextAttemptAt() {
        return nextAttemptAt;
    }

    Long getClaimedUntil() {
        return claimedUntil;
    }

    String getClaimant() {
        return claimant;
    }

    public State getState() {
        return state;
    }

    public String getLastError() {
        return lastError;
    }

    /** A failed attempt: tried again at {@code retryAt}, or never if that is null. */
    void failed(String error, Long retryAt) {
        attempts++;
        lastError = error;
        claimedUntil = null;
        if (retryAt == null) {
            state = State.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }
}
