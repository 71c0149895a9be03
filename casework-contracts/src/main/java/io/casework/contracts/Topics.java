package io.casework.contracts;

/**
 * The suite's Kafka topics: one per owning service, keyed by child id, plus a dead-letter topic per consumer.
 * Services take these as defaults and allow configuration to override them, so that tests can isolate
 * themselves by topic name on a shared broker.
 */
public final class Topics {

    public static final String CASE_NOTES = "casework.case-notes.v1";
    public static final String VISITS = "casework.visits.v1";
    public static final String DEADLINES = "casework.deadlines.v1";
    public static final String APPROVALS = "casework.approvals.v1";

    private Topics() {
    }

    /** The dead-letter topic of the service that consumes, e.g. {@code casework.visits.dlq}. */
    public static String deadLetterOf(String service) {
        return "casework." + service + ".dlq";
    }
}
