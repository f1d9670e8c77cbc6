package jp.mdrive.keycloak.bench;

import java.nio.file.Path;

/**
 * What {@code bin/bench} passes as system properties: where the server is, and how much load. The
 * defaults make a run of a few minutes; {@code bin/bench --long} a steadier one.
 *
 * @param rounds measured rounds after one warm-up round; each runs every heat once, in an order of its own
 * @param seconds how long the arms of a heat sign in, side by side
 * @param users users per arm: a pool each arm takes its users from round robin
 * @param clients browsers signing in at once per arm
 * @param stalled scenario 5: browsers stuck on the stalled SMS provider meanwhile
 * @param lockoutUsers scenario 6: users per arm and round, each hit by {@link #LOCKOUT_BURST} parallel wrong passwords
 * @param stockEvents the stock realms store sign-in events as realm mdrive's export does (Keycloak's default stores none)
 */
record BenchOptions(String url, String admin, Path trustStore, String trustStorePassword, int rounds, int seconds, int users,
                    int clients, int stalled, int lockoutUsers, int snsPort, int snsStallSeconds, int warmUpLogins, Path summary,
                    boolean stockEvents) {

    /** Scenario 6: wrong passwords fired at one user at once (the 50). */
    static final int LOCKOUT_BURST = 50;

    static BenchOptions fromSystemProperties() {
        return new BenchOptions(
                System.getProperty("bench.url", "https://localhost:8443"),
                System.getProperty("bench.admin", "admin:admin"),
                Path.of(System.getProperty("bench.trust-store", "../.run/bench/tls.p12")),
                System.getProperty("bench.trust-store-password", "bench-only"),
                Integer.getInteger("bench.rounds", 5),
                Integer.getInteger("bench.seconds", 15),
                Integer.getInteger("bench.users", 150),
                Integer.getInteger("bench.clients", 4),
                Integer.getInteger("bench.stalled", 4),
                Integer.getInteger("bench.lockout-users", 2),
                Integer.getInteger("bench.sns-port", 18566),
                Integer.getInteger("bench.sns-stall-seconds", 3),
                Integer.getInteger("bench.warm-up-logins", 200),
                Path.of(System.getProperty("bench.summary", "target/bench-summary.txt")),
                Boolean.getBoolean("bench.stock-events"));
    }

    /** Rounds including the unmeasured warm-up round 0. */
    int allRounds() {
        return rounds + 1;
    }
}
