package io.casework.casenotes.store;

import io.casework.casenotes.config.DocumentsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 document store against S3Proxy (an S3 API over jclouds' in-memory store), run from its self-contained jar as
 * a process of its own, so that its Jetty and jclouds never share a class path with the service: the way an
 * operator switches to S3 (casework.documents.store=s3) is proven against a real S3 protocol, not a mock.
 */
class S3DocumentStoreTest {

    private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    private static Process s3proxy;
    private static S3DocumentStore store;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path properties = Files.createTempFile("s3proxy", ".properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=test-identity",
                "s3proxy.credential=test-credential",
                "jclouds.provider=transient",
                "jclouds.identity=unused",
                "jclouds.credential=unused", ""));
        Path log = Files.createTempFile("s3proxy", ".log");
        s3proxy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", JAR.toString(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!listening(port)) {
            if (!s3proxy.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("S3Proxy did not start: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        store = new S3DocumentStore(config(URI.create("http://127.0.0.1:" + port)));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (store != null) {
            store.close();
        }
        if (s3proxy != null) {
            s3proxy.destroy();
            s3proxy.waitFor();
        }
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": content put in the S3 store comes back byte for byte, with its size and "
            + "SHA-256 computed as it streamed; a key never put is not there")
    void roundTrip() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(12).nextBytes(content);
        StoredContent stored = store.put(new java.io.ByteArrayInputStream(content), content.length);

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(store.exists(stored.key())).isTrue();
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.exists("documents/never-put")).isFalse();
        assertThatThrownBy(() -> store.open("documents/never-put").close()).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": a stream shorter than its declared length is refused, not stored short")
    void shortStreamRefused() {
        assertThatThrownBy(() -> store.put(new java.io.ByteArrayInputStream(new byte[10]), 20))
                .isInstanceOf(IOException.class);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static DocumentsConfig.S3 config(URI endpoint) {
        return new DocumentsConfig.S3() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String bucket() {
                return "casework-documents-test";
            }

            @Override
            public String region() {
                // The in-memory store takes a bucket without a location constraint, as us-east-1 creates it.
                return "us-east-1";
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of("test-identity");
            }

            @Override
            public Optional<String> secretAccessKey() {
                return Optional.of("test-credential");
            }

            @Override
            public boolean createBucket() {
                return true;
            }
        };
    }
}
