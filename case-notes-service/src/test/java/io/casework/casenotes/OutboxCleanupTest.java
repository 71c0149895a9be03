package io.casework.casenotes;

import io.casework.backbone.outbox.OutboxCleaner;
import io.casework.backbone.outbox.OutboxEvent;
import io.casework.backbone.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;

/** Published outbox rows are cleaned up once past retention; rows not yet published never are. */
@QuarkusTest
@TestProfile(ManualRelay.class)
class OutboxCleanupTest {

    @Inject
    OutboxCleaner cleaner;

    @Inject
    OutboxRelay relay;

    private static long rows(String childId, boolean published) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "recordKey = ?1 and publishedAt is " + (published ? "not null" : "null"), childId));
    }

    @Test
    @DisplayName("Published rows past retention are deleted; an unpublished row is kept")
    void cleansOnlyPublishedRows() throws InterruptedException {
        String published = registerChild("north.sw1", "CIN");
        while (relay.publishBatch() > 0) {
            // drain everything written so far
        }
        String pending = registerChild("north.sw1", "CIN");
        assertThat(rows(published, true)).isEqualTo(1);
        assertThat(rows(pending, false)).isEqualTo(1);

        Thread.sleep(200);
        assertThat(cleaner.deletePublished()).isGreaterThanOrEqualTo(1);

        assertThat(rows(published, true)).isZero();
        assertThat(rows(pending, false)).as("never delete what was not published").isEqualTo(1);
    }
}
