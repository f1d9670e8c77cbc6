package jp.mdrive.keycloak.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of Debian's packages for one test run: a fresh cluster in a temporary
 * directory, on a free loopback port, trusting local connections, removed again on close.
 * PostgreSQL refuses to run as root, so a root runner starts it as Debian's {@code postgres} user.
 */
public final class Postgres implements AutoCloseable {

    static final String DATABASE = "keycloak";
    static final String USER = "keycloak";

    private final Path bin;
    private final Path dir;
    private final int port;

    private Postgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    public static Postgres start() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("mdrive-postgres-");
            if (Processes.isRoot()) {
                UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
            }
            Postgres postgres = new Postgres(bin, dir, Processes.freePort());
            postgres.run(bin.resolve("initdb").toString(), "-D", postgres.data().toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8");
            postgres.run(bin.resolve("pg_ctl").toString(), "-D", postgres.data().toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-o", "-p " + postgres.port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
            postgres.run(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(postgres.port), "-U", USER, DATABASE);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Runs SQL as the database owner and returns psql's unaligned output, one row per line. */
    public String query(String sql) {
        return run(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, "-d", DATABASE,
                "-X", "-A", "-t", "-c", sql);
    }

    @Override
    public void close() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop");
        } finally {
            Processes.deleteTree(dir);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private String run(String... command) {
        List<String> line = new ArrayList<>();
        if (Processes.isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        return Processes.run(dir.toFile(), line);
    }

    /** The newest PostgreSQL that Debian installed ({@code bin/prerequisites.sh} installs it). */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql: run bin/test"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not installed (Debian package postgresql): run bin/test", e);
        }
    }
}
