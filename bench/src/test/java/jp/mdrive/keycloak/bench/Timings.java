package jp.mdrive.keycloak.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Every timed sign-in of the run, from the first request of it to the last answer, as the browser
 * saw it. Gatling's own report has the per-request figures; this is what the summary is made of:
 * throughput per arm and round (sign-ins over the arm's wall time) and latency per sign-in.
 */
final class Timings {

    /** One sign-in (or, in the lockout burst, one wrong password); {@code locked} only for the burst. */
    record Sample(Arm arm, int round, String username, long start, long end, boolean ok, boolean locked) {

        double millis() {
            return (end - start) / 1e6;
        }
    }

    private static final Queue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    private static final Queue<Sample> STALLED = new ConcurrentLinkedQueue<>();
    /** Scenario 5: password browsers still signing in, per round; the stalled ones stop when it is 0. */
    private static final Map<Integer, AtomicInteger> PASSWORD_CLIENTS_LEFT = new ConcurrentHashMap<>();

    private Timings() {
    }

    static void record(Sample sample) {
        SAMPLES.add(sample);
    }

    static void recordStalled(Sample sample) {
        STALLED.add(sample);
    }

    static void passwordClientsStarting(int round, int clients) {
        PASSWORD_CLIENTS_LEFT.put(round, new AtomicInteger(clients));
    }

    static void passwordClientDone(int round) {
        PASSWORD_CLIENTS_LEFT.get(round).decrementAndGet();
    }

    static boolean passwordClientsBusy(int round) {
        return PASSWORD_CLIENTS_LEFT.get(round).get() > 0;
    }

    /** The measured samples (warm-up round 0 left out) of an arm, by round. */
    static Map<Integer, List<Sample>> byRound(Arm arm) {
        return measured(SAMPLES, arm).stream().collect(Collectors.groupingBy(Sample::round));
    }

    static List<Sample> measured(Arm arm) {
        return measured(SAMPLES, arm);
    }

    static List<Sample> stalled() {
        return STALLED.stream().filter(s -> s.round() > 0).toList();
    }

    private static List<Sample> measured(Collection<Sample> samples, Arm arm) {
        return samples.stream().filter(s -> s.arm() == arm && s.round() > 0).toList();
    }

    /** Successful sign-ins per second over the wall time from the round's first start to its last end. */
    static double throughput(List<Sample> round) {
        long start = round.stream().mapToLong(Sample::start).min().orElse(0);
        long end = round.stream().mapToLong(Sample::end).max().orElse(0);
        long ok = round.stream().filter(Sample::ok).count();
        return end > start ? ok / ((end - start) / 1e9) : 0;
    }
}
