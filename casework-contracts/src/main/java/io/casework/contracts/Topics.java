package io.casework.contracts;

/**
 * The suite's Kafka topics: one per owning service, keyed by child id (each consuming service also has a
 * dead-letter topic, {@code casework.<service>.dlq}). {@link EventType} names the topic of each event; services set
 * their channels' topics in configuration, so that tests can isolate themselves by topic name on a shared broker.
 */
public final class Topics {

    public static final String CASE_NOTES = "casework.case-notes.v1";
    public static final String VISITS = "casework.visits.v1";
    public static final String DEADLINES = "casework.deadlines.v1";
    public static final String APPROVALS = "casework.approvals.v1";

    private Topics() {
    }

    /** The service that publishes a topic, named as the topic names it: {@code casework.case-notes.v1} -> case-notes. */
    public static String publisher(String topic) {
        return topic.substring("casework.".length(), topic.lastIndexOf('.'));
    }
}
