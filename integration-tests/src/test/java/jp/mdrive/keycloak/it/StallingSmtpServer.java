package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * An SMTP server on loopback that keeps every client waiting before its greeting and then hangs up:
 * whoever sends mail synchronously waits that long. Tests use it to show a request does not.
 */
final class StallingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    StallingSmtpServer(Duration stall) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread stalled = new Thread(() -> stallThenHangUp(client, stall), "stalling-smtp-client");
                    stalled.setDaemon(true);
                    stalled.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "stalling-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private static void stallThenHangUp(Socket client, Duration stall) {
        try (client) {
            Thread.sleep(stall.toMillis());
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
