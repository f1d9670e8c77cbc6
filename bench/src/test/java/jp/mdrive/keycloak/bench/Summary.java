package jp.mdrive.keycloak.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one table of the run: per scenario the throughput of both arms (median over the rounds), the
 * median of the per-round ratios with its range, p50/p99 of a sign-in pooled over the rounds, and the
 * issue's target. Per-round ratios, not ratios of totals: a round's compared arms signed in at the
 * same time (scenario 5: one right after the other), so a busy neighbour on the machine moves both.
 */
final class Summary {

    /** A comparison and its R-PERF target: a least throughput ratio, and a most added p99 (negative: none). */
    private record Comparison(String scenario, Arm arm, Arm reference, double minRatio, double maxAddedP99) {
    }

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("1 password", Arm.MDRIVE_PASSWORD, Arm.STOCK_PASSWORD, 0.97, 5),
            new Comparison("2 remembered browser", Arm.MDRIVE_REMEMBERED, Arm.STOCK_PASSWORD, 0.97, 5),
            new Comparison("3 authenticator code", Arm.MDRIVE_APP, Arm.STOCK_OTP, 0.97, 5),
            new Comparison("4 SMS code vs app code", Arm.MDRIVE_SMS, Arm.MDRIVE_APP, 0, -1),
            new Comparison("5 password, SNS stalled", Arm.MDRIVE_PASSWORD_STALLED_SNS, Arm.MDRIVE_PASSWORD_ALONE, 0.9, -1),
            new Comparison("6 lockout burst (tries/s)", Arm.MDRIVE_LOCKOUT, Arm.STOCK_LOCKOUT, 0, -1));

    private final BenchOptions options;
    private final AdminApi admin;

    Summary(BenchOptions options, AdminApi admin) {
        this.options = options;
        this.admin = admin;
    }

    void print(List<BenchUsers.User> stockLockoutUsers) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "M-Drive vs stock Keycloak at %s: %d rounds (after 1 warm-up); compared arms side by side for %d s, %d browsers each;"
                + " stock realms store sign-in events: %s", options.url(), options.rounds(), options.seconds(), options.clients(),
                options.stockEvents() ? "yes, as M-Drive's (--stock-events)" : "no, Keycloak's default (M-Drive's export stores them)"));
        lines.add(String.format(Locale.ROOT, "%-27s %8s %8s %18s %15s %15s %7s %6s  %s",
                "scenario", "M-Drive/s", "ref/s", "ratio (min-max)", "p50 ms M/ref", "p99 ms M/ref", "+p99", "fails", "target"));
        for (Comparison comparison : COMPARISONS) {
            lines.add(row(comparison));
        }
        lines.add(stalledLine());
        lines.add(mdriveLockoutLine());
        lines.add(stockLockoutLine(stockLockoutUsers));
        String footprint = System.getProperty("bench.footprint", "");
        if (!footprint.isBlank()) {
            lines.addAll(Arrays.asList(footprint.split("\\|")));
        }
        String table = String.join(System.lineSeparator(), lines);
        System.out.println(System.lineSeparator() + table + System.lineSeparator());
        try {
            Files.createDirectories(options.summary().toAbsolutePath().getParent());
            Files.writeString(options.summary(), table + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String row(Comparison c) {
        Map<Integer, List<Timings.Sample>> arm = Timings.byRound(c.arm());
        Map<Integer, List<Timings.Sample>> reference = Timings.byRound(c.reference());
        double[] ratios = arm.keySet().stream().filter(reference::containsKey)
                .mapToDouble(round -> Timings.throughput(arm.get(round)) / Timings.throughput(reference.get(round))).sorted().toArray();
        double ratio = median(ratios);
        double[] armLatency = latencies(c.arm());
        double[] referenceLatency = latencies(c.reference());
        double addedP99 = percentile(armLatency, 99) - percentile(referenceLatency, 99);
        long fails = Timings.measured(c.arm()).stream().filter(s -> !s.ok()).count()
                + Timings.measured(c.reference()).stream().filter(s -> !s.ok()).count();
        String target = "";
        if (c.minRatio() > 0) {
            boolean met = ratio >= c.minRatio() && (c.maxAddedP99() < 0 || addedP99 <= c.maxAddedP99());
            // a failed sign-in is a short one: with any, the rates compare unlike work
            target = String.format(Locale.ROOT, ">= %.2fx%s: %s", c.minRatio(),
                    c.maxAddedP99() < 0 ? "" : String.format(Locale.ROOT, ", +p99 <= %.0f ms", c.maxAddedP99()),
                    fails > 0 ? "NOT COMPARABLE, sign-ins failed (Gatling's errors)" : met ? "met" : "MISSED");
        }
        return String.format(Locale.ROOT, "%-27s %8.1f %8.1f %6.3f (%.2f-%.2f) %7.0f/%-7.0f %7.0f/%-7.0f %+7.0f %6d  %s",
                c.scenario(), medianThroughput(arm), medianThroughput(reference), ratio,
                ratios.length == 0 ? Double.NaN : ratios[0], ratios.length == 0 ? Double.NaN : ratios[ratios.length - 1],
                percentile(armLatency, 50), percentile(referenceLatency, 50),
                percentile(armLatency, 99), percentile(referenceLatency, 99), addedP99, fails, target);
    }

    private String stalledLine() {
        double[] stalled = Timings.stalled().stream().mapToDouble(Timings.Sample::millis).sorted().toArray();
        return String.format(Locale.ROOT, "  5: %d sign-ins meanwhile waited on the stalled SNS (%d s stall): p50 %.0f ms, max %.0f ms",
                stalled.length, options.snsStallSeconds(), percentile(stalled, 50), stalled.length == 0 ? Double.NaN : stalled[stalled.length - 1]);
    }

    /** R-LOCK-1 under fire: every user's burst gets exactly threshold-1 "wrong password" answers, the rest "locked". */
    private String mdriveLockoutLine() {
        Map<String, List<Timings.Sample>> byUser = Timings.measured(Arm.MDRIVE_LOCKOUT).stream()
                .collect(Collectors.groupingBy(Timings.Sample::username));
        Map<Long, Long> wrongAnswers = byUser.values().stream()
                .collect(Collectors.groupingBy(tries -> tries.stream().filter(s -> s.ok() && !s.locked()).count(), Collectors.counting()));
        return String.format(Locale.ROOT, "  6: M-Drive, %d users x %d parallel wrong passwords: users by wrong-password answers before the lock %s (exact: all at 9)",
                byUser.size(), BenchOptions.LOCKOUT_BURST, wrongAnswers);
    }

    /** Stock's brute-force counter after the burst, as its admin API reports it. */
    private String stockLockoutLine(List<BenchUsers.User> users) {
        List<String> measured = Timings.measured(Arm.STOCK_LOCKOUT).stream().map(Timings.Sample::username).distinct().toList();
        Map<String, Long> failures = new java.util.TreeMap<>();
        for (BenchUsers.User user : users) {
            if (measured.contains(user.username())) {
                JsonNode found = admin.get("/" + BenchUsers.STOCK_LOCKOUT + "/users?exact=true&username=" + AdminApi.encode(user.username()));
                JsonNode status = admin.get("/" + BenchUsers.STOCK_LOCKOUT + "/attack-detection/brute-force/users/" + found.get(0).get("id").asText());
                failures.merge("failures " + status.path("numFailures").asInt() + (status.path("disabled").asBoolean() ? " locked" : " open"), 1L, Long::sum);
            }
        }
        return String.format(Locale.ROOT, "  6: stock brute-force detection, same burst: users by failures it counted %s", failures);
    }

    private static double[] latencies(Arm arm) {
        return Timings.measured(arm).stream().filter(Timings.Sample::ok).mapToDouble(Timings.Sample::millis).sorted().toArray();
    }

    private static double medianThroughput(Map<Integer, List<Timings.Sample>> rounds) {
        return median(rounds.values().stream().mapToDouble(Timings::throughput).sorted().toArray());
    }

    private static double median(double[] sorted) {
        return percentile(sorted, 50);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
