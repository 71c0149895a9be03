package io.casework.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: "a production deployment that names none refuses to start with a clear message". Each packaged service,
 * started in its production profile as a deployment starts it but with no CASEWORK_AUTHORITY, stops with an error
 * naming the setting and the authorities available, instead of judging everyone by a default rule set.
 */
class ProductionStartTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"visits-service", "deadlines-service", "approvals-service"})
    @DisplayName("a service started in production without CASEWORK_AUTHORITY refuses to start, saying what to set")
    void refusesToStartWithoutAnAuthority(String service) throws Exception {
        Path output = Files.createTempFile(service + "-no-authority", ".log");
        ProcessBuilder start = new ProcessBuilder("java", "-Xmx256m", "-jar", Scripts.serviceJar(service).toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = start.environment();
        env.remove("CASEWORK_AUTHORITY");
        // Ports of its own, so that the running suite is not in its way: what stops it must be the missing setting.
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", "8383");
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", "9383");
        Process process = start.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(service + " stopped by itself").isTrue();
            String log = read(output);
            assertThat(process.exitValue()).as(service + " exit status").isNotZero();
            assertThat(log).contains("No authority is configured: set CASEWORK_AUTHORITY")
                    .contains("hertfordshire, lcs-practice-guide, rochdale, trafford");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private static String read(Path output) throws IOException {
        return String.join("\n", Files.readAllLines(output, StandardCharsets.UTF_8));
    }
}
