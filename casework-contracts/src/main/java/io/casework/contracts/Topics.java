package io.casework.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The suite's Kafka topics: one per owning service, keyed by child id (each consuming service also has a
 * dead-letter topic, {@code casework.<service>.dlq}). {@link EventType} names the topic of each event; services set
 * their channels' topics in configuration, so that tests can isolate themselves by topic name on a shared broker.
 * The full list, with partitions, is {@code topics.txt} beside this class: the local scripts create the topics from
 * it and the check of {@code k8s/} compares the cluster's KafkaTopic resources with it.
 */
public final class Topics {

    public static final String CASE_NOTES = "casework.case-notes.v1";
    public static final String VISITS = "casework.visits.v1";
    public static final String DEADLINES = "casework.deadlines.v1";
    public static final String APPROVALS = "casework.approvals.v1";

    private Topics() {
    }

    /** One topic of the suite's list and its partition count. */
    public record Topic(String name, int partitions) {
    }

    /** Every topic of the suite, as {@code topics.txt} lists them. */
    public static List<Topic> all() {
        try (InputStream in = Topics.class.getResourceAsStream("topics.txt")) {
            String text = new String(Objects.requireNonNull(in, "topics.txt missing").readAllBytes(),
                    StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().split("\\s+"))
                    .map(fields -> new Topic(fields[0], Integer.parseInt(fields[1])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service that publishes a topic, named as the topic names it: {@code casework.case-notes.v1} -> case-notes. */
    public static String publisher(String topic) {
        return topic.substring("casework.".length(), topic.lastIndexOf('.'));
    }
}
