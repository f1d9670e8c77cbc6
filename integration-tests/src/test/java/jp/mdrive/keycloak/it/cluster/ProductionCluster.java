package jp.mdrive.keycloak.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jp.mdrive.keycloak.it.FakeSns;
import jp.mdrive.keycloak.it.RealmFiles;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Keycloak as operators run it, for the cluster tests: the distribution from Maven Central with our
 * jar and the shared {@code docker/keycloak.conf} (the image's options), built once with
 * {@code kc.sh build}, then two nodes started with {@code start --optimized} on one PostgreSQL,
 * clustered by Keycloak's default distributed caches with jdbc-ping discovery. Both nodes sit behind
 * one public address ({@link #PUBLIC_HOST}), as behind a load balancer; a test chooses the node of
 * each request (see {@code BrowserFlowClient#onNode}). Mail goes to a catcher, SMS to the SNS
 * stand-in, as in the other integration tests. The realm comes from the production export by
 * {@code --import-realm}, its deployment settings from the environment as in a container; the demo
 * data is added after the start, as bin/start adds it. A test class may start from another realm file
 * instead ({@link FromRealmFile}: an export of an earlier release, for the upgrade).
 * <p>
 * Started once per test JVM by the first class that uses it, stopped when the JVM's tests are done.
 */
public final class ProductionCluster implements AutoCloseable {

    public static final String REALM = "mdrive";
    /** The public address operators give as {@code --hostname}: every node makes its links with it. */
    static final String PUBLIC_HOST = "localhost";
    private static final String ADMIN = "admin";
    /** What the nodes' environment gives the export's Google client id placeholder. */
    public static final String GOOGLE_CLIENT_ID = "mdrive-cluster.apps.googleusercontent.com";

    private static ProductionCluster running;

    private final Setup setup;
    private final Path dir;
    private final Postgres postgres;
    private final String publicOrigin;
    private MailServer mail;
    private final int mailPort;
    private final List<KeycloakNode> nodes = new ArrayList<>();
    private final List<Keycloak> admins = new ArrayList<>();
    private boolean closed;
    private Imported imported;

    private ProductionCluster(Setup setup, Path dir, Postgres postgres, String publicOrigin, MailServer mail, int mailPort) {
        this.setup = setup;
        this.dir = dir;
        this.postgres = postgres;
        this.publicOrigin = publicOrigin;
        this.mail = mail;
        this.mailPort = mailPort;
    }

    /** The cluster of this test JVM; a test class gets it with {@code @ExtendWith(ProductionCluster.Extension.class)}. */
    public static ProductionCluster get() {
        if (running == null) {
            throw new IllegalStateException("no cluster: the test class needs @ExtendWith(ProductionCluster.Extension.class)");
        }
        return running;
    }

    /**
     * Starts the cluster for the first class that asks and leaves it to the JVM's later classes that
     * want the same start ({@link FromRealmFile}); a class that wants another gets a new cluster.
     */
    public static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            FromRealmFile file = context.getRequiredTestClass().getAnnotation(FromRealmFile.class);
            ensure(context, file == null ? Setup.PRODUCTION : new Setup(file.value(), false, true));
        }

        private static synchronized void ensure(ExtensionContext context, Setup setup) {
            if (running != null && running.setup.equals(setup)) {
                return;
            }
            if (running != null) {
                running.close();
            }
            ProductionCluster started = startCluster(setup);
            running = started;
            // JUnit closes what its root store holds when the run ends
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(started, started);
        }
    }

    /**
     * A test class whose cluster starts from another realm file than the production export (a test
     * resource): on a database that has Keycloak's tables, both nodes start together with it in their
     * import folder, as two nodes of a new release would, and no demo data is added (such a file brings its own).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    public @interface FromRealmFile {
        String value();
    }

    /** What a cluster starts from: the realm file its nodes import, the demo data or not, the nodes one after the other or together. */
    private record Setup(String realmFile, boolean demoData, boolean nodesTogether) {
        static final Setup PRODUCTION = new Setup(RealmFiles.EXPORT, true, false);
    }

    public KeycloakNode node(int number) {
        return nodes.get(number - 1);
    }

    public String publicOrigin() {
        return publicOrigin;
    }

    public MailServer mail() {
        return mail;
    }

    /** SMTP down: the nodes' mails are refused until {@link #startMail()}; what the catcher held is gone. */
    public void stopMail() {
        mail.stop();
    }

    public void startMail() {
        mail = new MailServer("127.0.0.1", mailPort);
    }

    /** How many users and contracts the start-up import made, before the harness added the demo data. */
    public record Imported(int users, int contracts) {
    }

    public Imported imported() {
        return imported;
    }

    public int mailPort() {
        return mailPort;
    }

    public Postgres database() {
        return postgres;
    }

    /** The admin client of the master realm through the given node, for realms of a test's own. */
    public Keycloak adminVia(int node) {
        return admins.get(node - 1);
    }

    /** Realm mdrive administered through the given node, at the public address. */
    public ManagedRealm realmVia(int node) {
        return new ManagedRealm(publicOrigin + "/realms/" + REALM, null, admins.get(node - 1).realm(REALM));
    }

    /** Both nodes stopped in order, then started again one after the other; the time it took. */
    public Duration restartBoth() {
        Instant started = Instant.now();
        nodes.forEach(KeycloakNode::stop);
        nodes.forEach(KeycloakNode::start);
        return Duration.between(started, Instant.now());
    }

    private static ProductionCluster startCluster(Setup setup) {
        Instant started = Instant.now();
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("mdrive.cluster.dir", "target/cluster")).toAbsolutePath());
            Path built = dir.resolve("built");
            Processes.deleteTree(built);
            unzip(Path.of(required("mdrive.cluster.distribution")), built);
            Path home = onlyChild(built);
            Files.copy(Path.of(required("mdrive.cluster.conf")), home.resolve("conf/keycloak.conf"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(bundleJar(), home.resolve("providers/mdrive-keycloak-bundle.jar"));
            Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = ProductionCluster.class.getResourceAsStream(setup.realmFile())) {
                if (realm == null) {
                    throw new IllegalStateException(setup.realmFile() + " is not on the test class path");
                }
                Files.copy(realm, home.resolve("data/import/mdrive-realm.json"));
            }
            Processes.run(home.toFile(), List.of(home.resolve("bin/kc.sh").toString(), "build"));
            Duration build = Duration.between(started, Instant.now());

            Postgres postgres = Postgres.start();
            int mailPort = Processes.freePort();
            MailServer mail = new MailServer("127.0.0.1", mailPort);
            ProductionCluster cluster = new ProductionCluster(setup, dir, postgres, "http://" + PUBLIC_HOST + ":" + Processes.freePort(), mail, mailPort);
            // a start that fails, or a test JVM that is killed, must not leave PostgreSQL and the nodes running
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "production-cluster-stop"));
            for (int number = 1; number <= 2; number++) {
                cluster.addNode(number, home);
            }
            Duration first;
            Duration second;
            if (setup.nodesTogether()) {
                // Keycloak's tables first, by one node alone, as an upgrade finds them: nodes that start at the same
                // moment on an empty database race to create them (keycloak/keycloak#41801), which is not what is tested
                cluster.node(1).start();
                cluster.node(1).stop();
                CompletableFuture<Duration> other = CompletableFuture.supplyAsync(() -> cluster.node(2).start("--import-realm"));
                first = cluster.node(1).start("--import-realm");
                second = other.join();
            } else {
                first = cluster.node(1).start("--import-realm");
                second = cluster.node(2).start();
            }
            cluster.addDemoData();
            System.out.printf("Production cluster from %s: build %ds, node 1 (import) %ds, node 2 %ds, in all %ds%n", setup.realmFile(),
                    build.toSeconds(), first.toSeconds(), second.toSeconds(), Duration.between(started, Instant.now()).toSeconds());
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addNode(int number, Path built) throws IOException {
        Path home = dir.resolve("node" + number);
        Processes.deleteTree(home);
        copyTree(built, home);
        Files.deleteIfExists(dir.resolve("node" + number + ".log"));
        int httpPort = Processes.freePort();
        int managementPort = Processes.freePort();
        List<String> options = List.of(
                "--db-url=" + postgres.jdbcUrl(), "--db-username=" + Postgres.USER, "--db-password=unused-with-trust",
                "--hostname=" + publicOrigin,
                "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                "--cache-embedded-network-bind-address=127.0.0.1", "--cache-embedded-network-bind-port=" + Processes.freePort(),
                "--spi-mdrive-sms-sender--sns--endpoint=http://127.0.0.1:" + FakeSns.PORT,
                "--spi-mdrive-sms-sender--sns--access-key-id=AKIDEXAMPLE",
                "--spi-mdrive-sms-sender--sns--secret-access-key=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                "--spi-mdrive-sms-sender--sns--timeout-seconds=5",
                "--spi-events-listener--mdrive-trial-cancellation--interval-minutes=10080",
                // the outbox at test speed: a dead node's claim ends after 10 s, retries every 1-2 s
                "--spi-mdrive-mail-outbox--default--poll-interval-seconds=1",
                "--spi-mdrive-mail-outbox--default--lease-seconds=10",
                "--spi-mdrive-mail-outbox--default--first-retry-seconds=1",
                "--spi-mdrive-mail-outbox--default--max-retry-seconds=2");
        KeycloakNode node = new KeycloakNode("node" + number, home, httpPort, managementPort, options,
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN,
                        "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m",
                        "MDRIVE_SMTP_HOST", "127.0.0.1", "MDRIVE_SMTP_PORT", Integer.toString(mailPort),
                        "MDRIVE_GOOGLE_CLIENT_ID", GOOGLE_CLIENT_ID));
        nodes.add(node);
        admins.add(KeycloakBuilder.builder().serverUrl(node.origin()).realm("master").clientId("admin-cli")
                .username(ADMIN).password(ADMIN).build());
    }

    /** The tests sign in as the demo users; first noted what the import alone made. */
    private void addDemoData() {
        RealmResource realm = admins.get(0).realm(REALM);
        imported = new Imported(realm.users().count(), realm.organizations().list(0, 1000).size());
        if (setup.demoData()) {
            RealmFiles.addDemoData(realm);
        }
    }

    /** Once, whether the test JVM's last class or its shutdown asks first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        admins.forEach(Keycloak::close);
        nodes.forEach(KeycloakNode::stop);
        mail.stop();
        postgres.close();
        running = null;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the cluster tests through Maven (bin/test)");
        }
        return value;
    }

    /** The bundle jar of this build, which Maven puts on the test class path. */
    private static Path bundleJar() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("mdrive-keycloak-bundle") && entry.endsWith(".jar")).map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bundle jar is not on the test class path"));
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                    if (file.toString().endsWith(".sh")) {
                        file.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findFirst().orElseThrow(() -> new IOException("empty distribution in " + dir));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
