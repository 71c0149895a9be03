package io.casework.approvals.service;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test's JVM, on a free port of 127.0.0.1, with approvals-service's mail on and
 * pointed at it: the mailer out of mock mode, plain SMTP (no STARTTLS). A test can stop it, as an outage, and start it
 * again on the same port.
 */
public class GreenMailServer implements QuarkusTestResourceLifecycleManager {

    public static final String FROM = "casework-approvals@casework.example";

    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the SMTP server", e);
        }
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", FROM,
                "casework.approvals.mail.enabled", "true");
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** The running server: what it has received. */
    public static synchronized GreenMail server() {
        return server;
    }

    /** The server comes (back), on the same port, with an empty mailbox. */
    public static synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The server goes away: connections to it are refused. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
