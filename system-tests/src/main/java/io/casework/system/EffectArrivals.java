package io.casework.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.system.check.RunScope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * When a submitted statutory visit note took effect in visits-service and deadlines-service, read from their topics:
 * the note's visit completed and the child's next visit planned (visits-service), and the note's oversight deadline
 * opened (deadlines-service, 004). Each event's time is when the service committed it (the envelope's {@code time}),
 * so a delay counted to it is the suite's own, however late this reader reads. Reads from the topics' end at the
 * moment it is opened, in a thread of its own.
 */
final class EffectArrivals implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Epoch nanoseconds of each effect, by note id. */
    private final Map<String, Long> visitCompleted = new ConcurrentHashMap<>();
    private final Map<String, Long> nextVisitPlanned = new ConcurrentHashMap<>();
    private final Map<String, Long> oversightOpened = new ConcurrentHashMap<>();
    /** The note whose visit each child last completed, waiting for the child's next visit to be planned. */
    private final Map<String, String> lastCompletedNote = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread reader;
    private volatile boolean open = true;

    private EffectArrivals() {
        consumer = new KafkaConsumer<>(RunScope.clientProps());
        List<TopicPartition> partitions = Stream.of("casework.visits.v1", "casework.deadlines.v1")
                .flatMap(t -> consumer.partitionsFor(t).stream().map(i -> new TopicPartition(t, i.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "the end" now, before any submission
        reader = new Thread(this::read, "effect-arrivals");
        reader.setDaemon(true);
        reader.start();
    }

    static EffectArrivals open() {
        return new EffectArrivals();
    }

    private void read() {
        while (open) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    seen(JSON.readTree(r.value()));
                } catch (Exception e) {
                    System.err.println("effect-arrivals: skipped a record: " + e.getMessage());
                }
            }
        }
        consumer.close();
    }

    private void seen(JsonNode event) {
        JsonNode data = event.path("data");
        long at = epochNanos(event.path("time").asText());
        switch (event.path("type").asText()) {
            case "casework.visits.visit-completed" -> {
                String note = data.path("noteId").asText();
                visitCompleted.putIfAbsent(note, at);
                lastCompletedNote.put(data.path("childId").asText(), note);
            }
            case "casework.visits.visit-scheduled" -> {
                String note = lastCompletedNote.remove(data.path("childId").asText());
                if (note != null) {
                    nextVisitPlanned.putIfAbsent(note, at);
                }
            }
            case "casework.deadlines.deadline-opened" -> oversightOpened.putIfAbsent(data.path("subjectId").asText(), at);
            default -> {
            }
        }
    }

    /** Waits until every note has had all three effects, or the time is up; whether they all had. */
    boolean awaitAll(List<String> noteIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (noteIds.stream().allMatch(n -> visitCompleted.containsKey(n) && nextVisitPlanned.containsKey(n)
                    && oversightOpened.containsKey(n))) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    Long visitCompletedAt(String noteId) {
        return visitCompleted.get(noteId);
    }

    Long nextVisitPlannedAt(String noteId) {
        return nextVisitPlanned.get(noteId);
    }

    Long oversightOpenedAt(String noteId) {
        return oversightOpened.get(noteId);
    }

    private static long epochNanos(String time) {
        var instant = OffsetDateTime.parse(time).toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(5_000);
    }
}
