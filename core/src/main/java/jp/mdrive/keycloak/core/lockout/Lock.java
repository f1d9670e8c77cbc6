package jp.mdrive.keycloak.core.lockout;

/** A locked account as the lockout table holds it: the wrong passwords that led to the lock and its time (epoch ms). */
public record Lock(String userId, int failures, long lockedAt) {
}
