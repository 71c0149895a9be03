package io.casework.visits;

import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildRegistered;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the tests send as case-notes-service would, and the topics of this test run. */
public final class CaseNotesTopic {

    public static final String SOURCE = "/case-notes-service";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private CaseNotesTopic() {
    }

    /** {@code test-<run>.<name>}: the topics the service under test uses in this run. */
    public static String topic(String name) {
        return TestRunTopics.topic(name);
    }

    public static String caseNotes() {
        return topic("case-notes");
    }

    public static String visits() {
        return topic("visits");
    }

    public static String deadLetters() {
        return TestRunTopics.deadLetters("visits");
    }

    public static ChildRegistered child(String team, PlanType planType, LocalDate planStart) {
        UUID id = UUID.randomUUID();
        String family = "Example-" + id.toString().substring(0, 8);
        return new ChildRegistered(id, "Child " + family, "lcs-practice-guide", team, team + ".sw1", planType.name(),
                planStart, "Child", family);
    }

    /**
     * Waits for a record on a probe's topics. Built on {@link TopicProbe#seen()}, which keeps every record it polls,
     * so that a probe can be asked several times: {@link TopicProbe#await} stops reading a poll's records at the
     * first match and never sees the rest of that batch.
     */
    public static ConsumerRecord<String, String> awaitRecord(TopicProbe probe,
            Predicate<ConsumerRecord<String, String>> match) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> probe.seen().stream().filter(match).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The reason the connector gave a dead-lettered record, from its {@code dead-letter-reason} header. */
    public static String deadLetterReason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends a valid event about a child, keyed by the child as case-notes-service keys it; returns the record value. */
    public static String send(TopicProbe probe, UUID childId, Object payload) {
        String value = probe.event(payload, SOURCE, childId.toString());
        TopicProbe.send(caseNotes(), childId.toString(), value);
        return value;
    }
}
