package io.casework.casenotes;

import io.casework.backbone.outbox.OutboxRelay;
import io.casework.contracts.EventCodec;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several relays publishing from one database at once, as several replicas of the service would: the advisory lock
 * lets one publish at a time, so a child's events reach the topic once each and in the order they were committed.
 */
@QuarkusTest
class OutboxRelayReplicasTest {

    @Inject
    OutboxRelay relay;

    @Test
    @DisplayName("Competing relays publish each event once, and one child's events in commit order")
    void competingRelaysKeepOrder() throws Exception {
        String topic = ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class);
        String childId = registerChild("north.sw1", "CIN");
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            replicas.submit(() -> {
                while (writing.get()) {
                    relay.publishBatch();
                }
                return null;
            });
        }
        List<String> written = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String noteId = as("north.sw1").body(Map.of("noteType", "CASE_NOTE", "eventDate", "2026-11-20",
                                "eventTime", "10:00", "title", "Note " + i, "narrative", "Entry " + i))
                        .post("/children/" + childId + "/case-notes").then().statusCode(201).extract().path("id");
                as("north.sw1").post("/case-notes/" + noteId + "/finalise").then().statusCode(200);
                written.add(noteId);
            }
        } finally {
            writing.set(false);
            replicas.shutdown();
        }

        EventCodec codec = new EventCodec();
        try (TopicProbe probe = new TopicProbe(topic)) {
            String last = written.get(written.size() - 1);
            probe.await(r -> childId.equals(r.key()) && r.value().contains(last) && r.value().contains("finalised"),
                    Duration.ofSeconds(15));
            List<ConsumerRecord<String, String>> records = probe.seen().stream()
                    .filter(r -> childId.equals(r.key())).toList();
            List<String> finalisedOrder = records.stream().map(r -> codec.read(r.value()))
                    .filter(e -> e.type().endsWith("case-note-finalised"))
                    .map(e -> e.data().path("noteId").asText()).toList();
            assertThat(finalisedOrder).containsExactlyElementsOf(written);
            var ids = new HashSet<String>();
            records.forEach(r -> assertThat(ids.add(codec.read(r.value()).id())).as("published once").isTrue());
            // All of one child's events share a key, hence a partition: order on the topic is order of delivery.
            assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
        }
    }
}
