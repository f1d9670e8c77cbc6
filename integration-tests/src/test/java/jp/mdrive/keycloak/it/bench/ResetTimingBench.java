package jp.mdrive.keycloak.it.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.it.BrowserFlowClient;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * R-SEC-7: how long the forgot-password answer takes for registered and unregistered addresses,
 * measured from outside against a running server ({@code bin/start}), as an attacker would measure
 * it. Requests alternate between the two kinds in a random order per pair, so drift of the machine
 * hits both alike; only the form's submission is timed, the request that looks the address up.
 * <p>
 * Pass "first" asks each address once, as a prober asks many addresses: fresh registered users
 * (each gets its mail) beside fresh unknown addresses. Pass "again" asks all of them a second time,
 * as a prober repeats a question: the users are now cached and within their 5-minute quiet period
 * (no mail), the unknown addresses are still unknown.
 * Registered users are created through the admin API before and deleted after. Prints medians and
 * their ratio per pass and exits with 1 when a ratio exceeds the allowed one (default 1.10).
 * <p>
 * {@code bin/measure-reset-timing [--url http://localhost:8080] [--samples 200] [--warmup 30]
 * [--pause-ms 20] [--max-ratio 1.10] [--admin admin:admin]}
 */
public final class ResetTimingBench {

    private static final String SENT_JA = "ご登録のメールアドレス宛にパスワードリセットのご案内をお送りしました。";
    private static final String PASSWORD = "Bench-Pass1";

    private final RealmResource realm;
    private final String realmUrl;
    private final int pauseMillis;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Random random = new Random();
    private int unknowns;

    private ResetTimingBench(RealmResource realm, String realmUrl, int pauseMillis) {
        this.realm = realm;
        this.realmUrl = realmUrl;
        this.pauseMillis = pauseMillis;
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        int samples = Integer.parseInt(options.getOrDefault("samples", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        double maxRatio = Double.parseDouble(options.getOrDefault("max-ratio", "1.10"));
        String[] admin = options.getOrDefault("admin", "admin:admin").split(":", 2);

        try (Keycloak keycloak = Keycloak.getInstance(url, "master", admin[0], admin[1], "admin-cli")) {
            ResetTimingBench bench = new ResetTimingBench(keycloak.realm("mdrive"), url + "/realms/mdrive",
                    Integer.parseInt(options.getOrDefault("pause-ms", "20")));
            List<String> userIds = new ArrayList<>();
            try {
                List<String> registered = bench.createUsers(warmup + samples, userIds);
                bench.pass(registered.subList(0, warmup), bench.unknown(warmup));
                List<String> measured = registered.subList(warmup, registered.size());
                List<String> unknown = bench.unknown(samples);
                Result first = bench.pass(measured, unknown);
                Result again = bench.pass(measured, unknown);
                System.out.printf(Locale.ROOT, "%nforgot-password answer, %d interleaved pairs per pass after %d warm-up pairs, %s%n",
                        samples, warmup, url);
                boolean ok = first.print("first", maxRatio) & again.print("again", maxRatio);
                System.out.println(ok ? "OK: medians within the allowed ratio" : "FAILED: medians differ more than allowed");
                if (!ok) {
                    System.exit(1);
                }
            } finally {
                userIds.forEach(id -> bench.realm.users().delete(id).close());
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private List<String> createUsers(int count, List<String> ids) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "reset-bench-" + run + "-" + i + "@bench.m-drive.example";
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setEmailVerified(true);
            user.setEnabled(true);
            user.setFirstName("Bench");
            user.setLastName("Reset");
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(PASSWORD);
            password.setTemporary(false);
            user.setCredentials(List.of(password));
            try (Response created = realm.users().create(user)) {
                if (created.getStatus() != 201) {
                    throw new IllegalStateException("could not create " + email + ": " + created.getStatus());
                }
                String location = created.getLocation().getPath();
                ids.add(location.substring(location.lastIndexOf('/') + 1));
            }
            emails.add(email);
        }
        return emails;
    }

    private List<String> unknown(int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add("reset-bench-" + run + "-nobody-" + unknowns++ + "@bench.m-drive.example");
        }
        return addresses;
    }

    /** One pair per index: a registered and an unknown address, in a random order. */
    private Result pass(List<String> registered, List<String> unregistered) throws InterruptedException {
        long[] known = new long[registered.size()];
        long[] unknown = new long[registered.size()];
        for (int i = 0; i < registered.size(); i++) {
            if (random.nextBoolean()) {
                known[i] = answerNanos(registered.get(i));
                unknown[i] = answerNanos(unregistered.get(i));
            } else {
                unknown[i] = answerNanos(unregistered.get(i));
                known[i] = answerNanos(registered.get(i));
            }
        }
        return new Result(known, unknown);
    }

    /** Login page, forgot link with the typed address, then the timed submission of the request form. */
    private long answerNanos(String address) throws InterruptedException {
        BrowserFlowClient browser = new BrowserFlowClient(realmUrl).openLoginPage("ja");
        BrowserFlowClient.Page form = browser.get(browser.forgotPasswordLink() + "&username="
                + URLEncoder.encode(address, StandardCharsets.UTF_8));
        String action = form.formAction("kc-reset-password-form");
        long start = System.nanoTime();
        BrowserFlowClient.Page sent = browser.post(action, Map.of("username", address));
        long elapsed = System.nanoTime() - start;
        if (!sent.says(SENT_JA)) {
            throw new IllegalStateException("not the mail-sent page for " + address + ": " + sent.status() + " " + sent.body());
        }
        Thread.sleep(pauseMillis);
        return elapsed;
    }

    private record Result(long[] registered, long[] unregistered) {

        boolean print(String pass, double maxRatio) {
            double known = median(registered);
            double unknown = median(unregistered);
            double ratio = Math.max(known, unknown) / Math.min(known, unknown);
            System.out.printf(Locale.ROOT, "%-6s registered   median %6.2f ms  p90 %6.2f ms%n", pass, known, percentile(registered, 0.9));
            System.out.printf(Locale.ROOT, "%-6s unregistered median %6.2f ms  p90 %6.2f ms%n", "", unknown, percentile(unregistered, 0.9));
            System.out.printf(Locale.ROOT, "%-6s ratio of medians %.3f (%s is slower; allowed %.2f)%n", "", ratio,
                    unknown > known ? "unregistered" : "registered", maxRatio);
            return ratio <= maxRatio;
        }

        private static double median(long[] nanos) {
            return percentile(nanos, 0.5);
        }

        private static double percentile(long[] nanos, double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double rank = p * (sorted.length - 1);
            int low = (int) Math.floor(rank);
            int high = (int) Math.ceil(rank);
            return (sorted[low] + (sorted[high] - sorted[low]) * (rank - low)) / 1e6;
        }
    }
}
