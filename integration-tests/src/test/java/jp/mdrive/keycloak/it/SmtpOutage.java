package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * SMTP down for the realm: its mail settings point at a loopback port nobody listens on, so every
 * send is refused as by a stopped mail server; closing points them back at the test's catcher.
 */
final class SmtpOutage implements AutoCloseable {

    private final ManagedRealm realm;
    private final Map<String, String> smtp;

    SmtpOutage(ManagedRealm realm) {
        this.realm = realm;
        RealmRepresentation settings = realm.admin().toRepresentation();
        smtp = settings.getSmtpServer();
        Map<String, String> down = new HashMap<>(smtp);
        down.put("port", Integer.toString(closedPort()));
        settings.setSmtpServer(down);
        realm.admin().update(settings);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        RealmRepresentation settings = realm.admin().toRepresentation();
        settings.setSmtpServer(smtp);
        realm.admin().update(settings);
    }
}
