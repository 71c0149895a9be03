package io.casework.system.faults;

import io.casework.system.Suite;
import io.casework.system.check.DeliveryChecker;
import io.casework.system.check.DeliveryChecker.ExpectedDeadLetter;
import io.casework.system.check.DeliveryReport;
import io.casework.system.check.RunScope;
import io.casework.system.check.ServiceStore;
import io.casework.system.load.AcknowledgedWrites;
import io.casework.system.load.WriteLoad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fault test: a steady write load through the API, the fault injected (and repeated in the long form), the load
 * stopped, and the delivery checker run until the suite has caught up or the plan's patience runs out. Records a
 * row of the results table in {@code target/fault-results.md}.
 */
final class FaultRun implements AutoCloseable {

    /** Injects the fault and clears it; returns when the fault is over. */
    @FunctionalInterface
    interface Fault {
        void inject(FaultRun run);
    }

    static final String DUPLICATES = "casework_events_duplicates_total";
    private static final Path RESULTS = Path.of("target", "fault-results.md");

    private final String name;
    private final FaultPlan plan;
    private final RunScope scope;
    private final WriteLoad load;
    private final List<ExpectedDeadLetter> spoilt = new ArrayList<>();
    private final Map<Suite, Double> duplicatesBefore = new EnumMap<>(Suite.class);
    private Duration recovery = Duration.ZERO;

    FaultRun(String name, FaultPlan plan) {
        this.name = name;
        this.plan = plan;
        this.scope = RunScope.begin("Fault");
        for (Suite service : Suite.values()) {
            duplicatesBefore.put(service, service.metric(DUPLICATES));
        }
        this.load = new WriteLoad(scope.tag(), plan.workers(), plan.pause());
    }

    FaultPlan plan() {
        return plan;
    }

    WriteLoad load() {
        return load;
    }

    RunScope scope() {
        return scope;
    }

    /** A record this run spoils on purpose: it must be dead-lettered on this topic, and nothing else may be. */
    void expectDeadLetter(String deadLetterTopic, String value) {
        spoilt.add(new ExpectedDeadLetter(deadLetterTopic, value));
    }

    /** Warms up, injects the fault as often as the plan says, then checks; fails with the checker's findings. */
    DeliveryReport run(Fault fault) {
        sleep(plan.warmUp());
        for (int i = 0; i < plan.repeats(); i++) {
            fault.inject(this);
            Instant cleared = Instant.now();
            Duration took = awaitNewWriteApplied();
            recovery = took.compareTo(recovery) > 0 ? took : recovery;
            sleep(plan.between().minus(Duration.between(cleared, Instant.now())));
        }
        AcknowledgedWrites acknowledged = load.stop();
        Instant stopped = Instant.now();
        DeliveryChecker checker = new DeliveryChecker();
        DeliveryReport report = checker.check(scope, acknowledged, spoilt);
        while (!report.clean() && Instant.now().isBefore(stopped.plus(plan.settle()))) {
            sleep(Duration.ofSeconds(2));
            report = checker.check(scope, acknowledged, spoilt);
        }
        Duration settled = Duration.between(stopped, Instant.now());
        double duplicates = duplicatesSuppressed();
        System.out.printf("[fault] %s: %s%n  duplicates suppressed: %.0f, recovery %.1f s, settled %.1f s after the "
                + "load stopped%n", name, report, duplicates, recovery.toMillis() / 1000.0, settled.toMillis() / 1000.0);
        record(report, acknowledged, duplicates, settled);
        assertThat(report.problems()).as("the delivery checker's findings after: " + name).isEmpty();
        assertThat(acknowledged.serverErrors()).as("answers of 500 or above other than 503 during: " + name).isZero();
        return report;
    }

    /** Duplicates each service ignored during the run; a restarted service counts from its restart. */
    double duplicatesSuppressed() {
        double total = 0;
        for (Suite service : Suite.values()) {
            double now = service.metric(DUPLICATES);
            double before = duplicatesBefore.get(service);
            total += now >= before ? now - before : now;
        }
        return total;
    }

    /**
     * How long after a fault is cleared the suite serves again end to end: a child registered now has its
     * statutory visit deadline in deadlines-service, through case-notes and visits.
     */
    private Duration awaitNewWriteApplied() {
        Instant cleared = Instant.now();
        Instant giveUp = cleared.plus(plan.settle());
        Optional<String> child = Optional.empty();
        while (child.isEmpty() && Instant.now().isBefore(giveUp)) {
            child = load.registerChild();
        }
        assertThat(child).as("a child could be registered after " + name + " was cleared").isPresent();
        while (Instant.now().isBefore(giveUp)) {
            if (statutoryVisitDeadlines(child.get()) > 0) {
                return Duration.between(cleared, Instant.now());
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("a child registered after " + name + " was cleared got no visit deadline within "
                + plan.settle());
    }

    private static int statutoryVisitDeadlines(String childId) {
        try (Connection db = ServiceStore.DEADLINES.connect();
             PreparedStatement query = db.prepareStatement(
                     "select count(*) from deadline where child_id = ?::uuid and kind = 'STATUTORY_VISIT'")) {
            query.setString(1, childId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    private void record(DeliveryReport report, AcknowledgedWrites acknowledged, double duplicates, Duration settled) {
        int applied = report.counts().entrySet().stream().filter(e -> e.getKey().startsWith("events applied by"))
                .mapToInt(Map.Entry::getValue).sum();
        String row = String.format("| %s | %s | %d | %d (%d × 503) | %d | %d | %.0f | %d | %.1f s | %.1f s |%n", name,
                plan == FaultPlan.LONG ? "long" : "short", acknowledged.total(), acknowledged.refused(),
                acknowledged.serviceUnavailable(), report.count("events published"), applied, duplicates,
                report.count("dead letters"), recovery.toMillis() / 1000.0, settled.toMillis() / 1000.0);
        try {
            Files.createDirectories(RESULTS.getParent());
            if (!Files.exists(RESULTS)) {
                Files.writeString(RESULTS, "| fault | form | writes acknowledged | not acknowledged | events "
                        + "published | events applied | duplicates suppressed | dead letters | recovery | settled |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            }
            Files.writeString(RESULTS, row, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        load.stop();
    }
}
