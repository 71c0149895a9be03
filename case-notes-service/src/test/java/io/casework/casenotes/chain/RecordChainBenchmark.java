package io.casework.casenotes.chain;

import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.testing.DatabaseOwner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApiAccess.registeredChildWithNote;

/**
 * The write cost of the record chain, and the bulk verification rate, measured in one run against the real database
 * (scripts/bench-record-chain.sh; not part of the test command). The same note versions are written two ways, one
 * transaction each as the service writes them: sealed on the child's chain (head locked, digest, HMAC, head moved on),
 * and inserted with a fixed seal and no chain work. Then every chain is verified as the nightly run does. Reports
 * numbers only: speed is measured here, never asserted.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "casework.bench", matches = "true")
class RecordChainBenchmark {

    private static final int WRITES = Integer.getInteger("casework.bench.writes", 2000);
    private static final int CHILDREN = 50;

    @Inject
    RecordChain chain;

    @Inject
    EntityManager entityManager;

    @Inject
    RecordChainAudit audit;

    @Test
    void writeCostAndVerificationRate() throws IOException {
        UUID[][] notes = new UUID[CHILDREN][];
        for (int i = 0; i < CHILDREN; i++) {
            notes[i] = registeredChildWithNote("north.sw1");
        }
        write(notes, true, WRITES / 5); // warm-up, both ways
        write(notes, false, WRITES / 5);
        double without = write(notes, false, WRITES);
        double with = write(notes, true, WRITES);
        // The unchained rows were only for the comparison: take them away so that every chain verifies in full.
        DatabaseOwner.execute("alter table case_note_version disable trigger case_note_version_append_only",
                "delete from case_note_version where chain_key_id = 'unchained'",
                "alter table case_note_version enable trigger case_note_version_append_only");
        RecordChainAudit.AuditRun run = audit.verifyAll();
        String report = String.format(Locale.ROOT, """
                # Record chain benchmark

                | measure | value |
                |---|---|
                | note-version writes, one transaction each, without the chain | %.0f /s |
                | the same writes sealed on the child's chain | %.0f /s |
                | write cost of the chain | %.1f %% fewer writes per second (%.2f ms more per write) |
                | bulk verification | %d entries of %d children (%d broken) in %d ms: %.0f entries/s |
                """, without, with, 100 * (1 - with / without), 1000 / with - 1000 / without, run.entries(),
                run.children(), run.brokenChildren(), java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis(),
                run.entriesPerSecond());
        System.out.println(report);
        Files.writeString(Path.of("target", "record-chain-benchmark.md"), report);
    }

    // Writes count versions spread over the children's notes; returns writes per second.
    private double write(UUID[][] notes, boolean chained, int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            UUID[] childAndNote = notes[i % notes.length];
            QuarkusTransaction.requiringNew().run(() -> {
                CaseNoteVersion version = CaseNoteVersion.saved(
                        new CaseNoteVersion.Key(childAndNote[1], nextVersion(childAndNote[1])), childAndNote[0],
                        "Benchmark", "A visit narrative of ordinary length. ".repeat(20), null,
                        NoteSections.builder().build(), "north.sw1", Instant.now());
                if (chained) {
                    chain.append(version);
                } else {
                    version.seal(new ChainSeal(-version.getId().version(), new byte[32], new byte[32], "unchained"));
                    entityManager.persist(version);
                }
            });
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private int nextVersion(UUID note) {
        return ((Number) entityManager.createNativeQuery(
                "select coalesce(max(version), 0) + 1 from case_note_version where note_id = ?1")
                .setParameter(1, note).getSingleResult()).intValue();
    }
}
