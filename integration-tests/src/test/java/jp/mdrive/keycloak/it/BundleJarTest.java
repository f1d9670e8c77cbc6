package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-OPS-9: the deployable jar as built, opened as a file: what an operator can read from it, and that
 * it carries nothing that could clash with Keycloak or another provider. The jar is the bundle
 * artifact on this module's test classpath (the shaded one the server tests deploy).
 */
class BundleJarTest {

    private static final String SHADED = "jp/mdrive/keycloak/shaded/";
    private static final String SHADED_PACKAGE = SHADED.replace('/', '.');

    private static JarFile jar;
    private static Path jarPath;

    @BeforeAll
    static void open() throws IOException {
        URL pom = BundleJarTest.class.getClassLoader()
                .getResource("META-INF/maven/jp.mdrive.keycloak/mdrive-keycloak-bundle/pom.properties");
        assertNotNull(pom, "the bundle jar is on the test classpath");
        JarURLConnection connection = (JarURLConnection) pom.openConnection();
        connection.setUseCaches(false);
        jarPath = Path.of(connection.getJarFileURL().getPath());
        jar = new JarFile(jarPath.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    @DisplayName("R-OPS-9 the manifest names the product, its version and the commit it was built from")
    void manifest() throws Exception {
        Attributes main = jar.getManifest().getMainAttributes();

        assertEquals(System.getProperty("mdrive.project.version"), main.getValue("Implementation-Version"));
        assertEquals("M-Drive sign-in for Keycloak", main.getValue("Implementation-Title"));
        assertEquals("M-Drive", main.getValue("Implementation-Vendor"));
        String commit = main.getValue("Git-Commit");
        // a build from a git checkout (a linked worktree too) names a commit of it (HEAD when the jar
        // was built, which a commit made since may have moved on); one from a source tarball says it
        // does not know
        if (Files.exists(Path.of("..", ".git"))) {
            assertTrue(commit.matches("[0-9a-f]{40}"), commit);
            assertTrue(isCommit(commit), commit + " is no commit of this repository");
        } else {
            assertEquals("unknown", commit);
        }
    }

    @Test
    @DisplayName("R-OPS-9 every class is ours or relocated under our package, and only the AWS SDK and libphonenumber are relocated")
    void onlyOurPackages() {
        List<String> names = jar.stream().map(JarEntry::getName).toList();

        List<String> foreignClasses = names.stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("jp/mdrive/")).toList();
        assertEquals(List.of(), foreignClasses);
        List<String> strayFiles = names.stream()
                .filter(name -> !name.endsWith("/"))
                // theme-resources/ is where Keycloak looks for a provider jar's messages of every theme (the admin console's tabs)
                .filter(name -> !name.startsWith("jp/mdrive/") && !name.startsWith("META-INF/") && !name.startsWith("theme/")
                        && !name.startsWith("theme-resources/"))
                .toList();
        assertEquals(List.of(), strayFiles);
        // anything Keycloak ships (Jackson, slf4j, commons-codec, HTTP clients, Netty, reactive-streams)
        // would show up here as a third relocated root
        Set<String> relocatedRoots = names.stream()
                .filter(name -> name.startsWith(SHADED) && name.endsWith(".class"))
                .map(name -> String.join("/", Arrays.asList(name.substring(SHADED.length()).split("/")).subList(0, 2)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("com/google", "software/amazon")), relocatedRoots);
        assertTrue(names.contains(SHADED + "com/google/i18n/phonenumbers/PhoneNumberUtil.class"));
        assertTrue(names.contains(SHADED + "software/amazon/awssdk/services/sns/SnsClient.class"));
        assertTrue(names.contains(SHADED + "software/amazon/awssdk/services/sts/StsClient.class"));
        // libphonenumber finds its metadata by resource name: the files moved with the classes
        assertTrue(names.contains(SHADED + "com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_JP"));
    }

    @Test
    @DisplayName("R-OPS-6 R-OPS-5 the jar carries the realm export that upgrades bring older realms to, as it is, and no demo data")
    void realmExportInside() throws IOException {
        assertEquals(Files.readString(Path.of("..", "realm-export", "src", "main", "resources", "mdrive-realm.json")),
                text("jp/mdrive/keycloak/core/upgrade/mdrive-realm.json"));
        assertTrue(jar.stream().noneMatch(entry -> entry.getName().endsWith("mdrive-demo-data.json")));
    }

    @Test
    @DisplayName("R-OPS-9 every service file names classes that are in the jar, under their relocated names")
    void servicesRelocated() throws IOException {
        List<String> services = jar.stream().map(JarEntry::getName)
                .filter(name -> name.startsWith("META-INF/services/") && !name.endsWith("/")).toList();
        assertTrue(services.contains("META-INF/services/" + SHADED_PACKAGE + "software.amazon.awssdk.http.SdkHttpService"));

        for (String service : services) {
            String file = service.substring("META-INF/services/".length());
            assertTrue(file.startsWith("jp.mdrive.") || file.startsWith("org.keycloak."), service);
            for (String provider : providers(service)) {
                assertTrue(provider.startsWith("jp.mdrive."), service + " names " + provider);
                assertNotNull(jar.getEntry(provider.replace('.', '/') + ".class"), service + " names " + provider);
            }
        }
    }

    @Test
    @DisplayName("R-OPS-9 the project's Apache 2.0 LICENSE and every third-party NOTICE are in the jar, none overwritten")
    void licenseAndNotices() throws IOException {
        String license = text("META-INF/LICENSE");
        assertTrue(license.contains("Apache License") && license.contains("Version 2.0, January 2004"));
        assertEquals(Files.readString(Path.of("..", "LICENSE")), license);
        // one license for the Apache-licensed libraries, not the copy of whichever jar came last
        assertNull(jar.getEntry("META-INF/LICENSE.txt"));

        String notice = text("META-INF/NOTICE");
        assertTrue(notice.contains("M-Drive sign-in for Keycloak"), "ours");
        assertTrue(notice.contains("AWS SDK for Java 2.0"), "the AWS SDK's");
        assertTrue(notice.contains("Jackson-core"), "the AWS SDK's list of what it bundles");
        assertTrue(notice.contains("libphonenumber"), "ours names libphonenumber, whose jar has none");
        // the MIT-licensed parts of the SDK's relocated jackson-core keep their own files
        assertNotNull(jar.getEntry("META-INF/FastDoubleParser-LICENSE"));
        assertNotNull(jar.getEntry("META-INF/Schubfach-LICENSE"));
    }

    @Test
    @DisplayName("R-OPS-9 the bundled AWS SDK's default credentials chain takes web-identity tokens (EKS IRSA) through its relocated STS")
    void webIdentityCredentials(@TempDir Path dir) throws Exception {
        // the chain asks the environment before the web-identity token; keys there would win
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null);
        Path token = Files.writeString(dir.resolve("token"), "eyJ.service-account.token");
        List<Map<String, String>> calls = new CopyOnWriteArrayList<>();
        HttpServer sts = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sts.createContext("/", exchange -> assumedRole(exchange, calls));
        sts.start();
        Map<String, String> settings = Map.of(
                "aws.webIdentityTokenFile", token.toString(),
                "aws.roleArn", "arn:aws:iam::123456789012:role/mdrive-sms",
                "aws.roleSessionName", "keycloak",
                "aws.region", "ap-northeast-1",
                "aws.endpointUrlSts", "http://127.0.0.1:" + sts.getAddress().getPort());
        settings.forEach(System::setProperty);
        try (URLClassLoader bundle = new URLClassLoader(new URL[] {jarPath.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> chain = bundle.loadClass(SHADED_PACKAGE + "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider");
            Object builder = chain.getMethod("builder").invoke(null);
            Object provider = builder.getClass().getMethod("build").invoke(builder);
            Object credentials = provider.getClass().getMethod("resolveCredentials").invoke(provider);

            assertEquals("ASIAWEBIDENTITY", credentials.getClass().getMethod("accessKeyId").invoke(credentials));
            assertEquals(1, calls.size());
            assertEquals("AssumeRoleWithWebIdentity", calls.get(0).get("Action"));
            assertEquals("arn:aws:iam::123456789012:role/mdrive-sms", calls.get(0).get("RoleArn"));
            assertEquals("eyJ.service-account.token", calls.get(0).get("WebIdentityToken"));
        } finally {
            settings.keySet().forEach(System::clearProperty);
            sts.stop(0);
        }
    }

    private static void assumedRole(HttpExchange exchange, List<Map<String, String>> calls) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "")));
        byte[] reply = """
                <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleWithWebIdentityResult>
                    <Credentials>
                      <AccessKeyId>ASIAWEBIDENTITY</AccessKeyId>
                      <SecretAccessKey>web-identity-secret</SecretAccessKey>
                      <SessionToken>web-identity-session</SessionToken>
                      <Expiration>2099-01-01T00:00:00Z</Expiration>
                    </Credentials>
                    <AssumedRoleUser>
                      <Arn>arn:aws:sts::123456789012:assumed-role/mdrive-sms/keycloak</Arn>
                      <AssumedRoleId>AROAEXAMPLE:keycloak</AssumedRoleId>
                    </AssumedRoleUser>
                  </AssumeRoleWithWebIdentityResult>
                  <ResponseMetadata><RequestId>sts-request</RequestId></ResponseMetadata>
                </AssumeRoleWithWebIdentityResponse>""".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(200, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    private static boolean isCommit(String sha) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "cat-file", "-e", sha + "^{commit}").directory(Path.of("..").toFile())
                .redirectErrorStream(true).start();
        git.getInputStream().readAllBytes();
        return git.waitFor() == 0;
    }

    private static List<String> providers(String service) throws IOException {
        return text(service).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static String text(String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull(entry, name);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
