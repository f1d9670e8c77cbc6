package jp.mdrive.keycloak.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Keycloak node of the production harness: a distribution built with {@code kc.sh build}, started
 * with {@code start --optimized} on its own HTTP, management and cluster ports, killed or stopped as
 * an operator's machine would lose or stop it.
 */
public final class KeycloakNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int FIRST_ERRORS = 4;
    private static final int ERROR_LINES = 12;
    private static final int LAST_LINES = 20;
    /** JGroups logs it at ERROR whenever two nodes join at once; nothing fails by it. */
    private static final String HARMLESS_ERROR = "failed sending graceful close";

    private final String name;
    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final List<String> options;
    private final Map<String, String> environment;
    private Process process;

    KeycloakNode(String name, Path home, int httpPort, int managementPort, List<String> options, Map<String, String> environment) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.options = options;
        this.environment = environment;
    }

    public String name() {
        return name;
    }

    /** The node's own address, as the load balancer reaches it. */
    public String origin() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String managementOrigin() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Starts the node and waits until it is ready; extra options for this start only (the realm import). */
    public Duration start(String... extra) {
        if (isRunning()) {
            throw new IllegalStateException(name + " runs already");
        }
        Instant started = Instant.now();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized"));
        command.addAll(options);
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofMinutes(4));
        return Duration.between(started, Instant.now());
    }

    /** SIGKILL: the machine is gone, nothing is shut down in order. */
    public void kill() {
        killAll();
        awaitExit();
    }

    /** SIGTERM: an orderly stop, the node leaves the cluster. */
    public void stop() {
        if (isRunning()) {
            process.destroy();
            awaitExit();
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path log() {
        return home.resolveSibling(name + ".log");
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                killAll();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kc.sh runs Java as its child and forwards SIGTERM only: a SIGKILL must reach the JVM itself. */
    private void killAll() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementOrigin() + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting:\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
    }

    /**
     * What the log says of a failed start: its first ERROR entries (why it failed; the lines after them
     * are often only other components' noise), then its last lines.
     */
    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log());
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < lines.size() && errors.size() < FIRST_ERRORS; i++) {
                if (lines.get(i).contains(" ERROR ") && !lines.get(i).contains(HARMLESS_ERROR)) {
                    errors.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + ERROR_LINES))));
                }
            }
            return "first errors in " + log() + ":\n" + String.join("\n--\n", errors) + "\nlast lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
