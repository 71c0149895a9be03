package io.casework.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own scripts, run from a test to take a server or service away and bring it back, as an operator
 * (or a crash) would: {@code scripts/infra.sh}, {@code scripts/suite.sh}, and psql as the database superuser.
 */
public final class Scripts {

    /** What the scripts printed, for the post-mortem of a failed fault test. */
    private static final Path LOG = Path.of("target", "scripts.log");

    private Scripts() {
    }

    /** {@code scripts/infra.sh ARGS}: start, stop or kill PostgreSQL, Kafka or Keycloak. */
    public static void infra(String... args) {
        run(withScript("scripts/infra.sh", args));
    }

    /** {@code scripts/suite.sh ARGS}: start, stop or kill one of the four services. */
    public static void suite(String... args) {
        run(withScript("scripts/suite.sh", args));
    }

    /** {@code scripts/NAME ARGS}: another of the operators' scripts, such as the database backup and restore. */
    public static void script(String name, String... args) {
        script(Map.of(), name, args);
    }

    /** The same, with these variables added to its environment. */
    public static void script(Map<String, String> environment, String name, String... args) {
        run(withScript("scripts/" + name, args), environment);
    }

    /** One SQL statement as the PostgreSQL superuser, connected to {@code database}. */
    public static void psql(String database, String sql) {
        run(List.of("runuser", "-u", "postgres", "--", "psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", database,
                "-c", sql));
    }

    private static List<String> withScript(String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(repositoryRoot().resolve(script).toString());
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command) {
        run(command, Map.of());
    }

    private static void run(List<String> command, Map<String, String> environment) {
        try {
            // To a log of its own: a child writing to the forked test JVM's inherited descriptors corrupts the
            // runner's channel, and a pipe would be held open by the servers the scripts start in the background.
            Files.createDirectories(LOG.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** The packaged service's runnable jar, as scripts/suite.sh starts it. */
    public static Path serviceJar(String service) {
        return repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/infra.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run from inside the repository: scripts/infra.sh not found");
        }
        return dir;
    }
}
