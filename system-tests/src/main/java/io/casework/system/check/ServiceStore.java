package io.casework.system.check;

import io.casework.contracts.Topics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Each service of the running suite as the delivery checker sees it: its own database, the topic it publishes, its
 * dead-letter topic and the topics it consumes. The subscriptions mirror each service's
 * {@code mp.messaging.incoming.*} configuration; a service that stopped consuming a topic listed here shows up as
 * events it never applied, so the two cannot drift apart unnoticed.
 */
public enum ServiceStore {

    CASE_NOTES("case-notes-service", "casenotes", Topics.CASE_NOTES,
            List.of(Topics.APPROVALS, Topics.VISITS, Topics.DEADLINES)),
    VISITS("visits-service", "visits", Topics.VISITS, List.of(Topics.CASE_NOTES, Topics.APPROVALS)),
    DEADLINES("deadlines-service", "deadlines", Topics.DEADLINES,
            List.of(Topics.CASE_NOTES, Topics.VISITS, Topics.APPROVALS)),
    APPROVALS("approvals-service", "approvals", Topics.APPROVALS,
            List.of(Topics.CASE_NOTES, Topics.DEADLINES, Topics.VISITS));

    private static final String DB_HOST = System.getenv().getOrDefault("CASEWORK_DB_HOST", "127.0.0.1:5432");

    private final String service;
    private final String database;
    private final String topic;
    private final List<String> subscribes;

    ServiceStore(String service, String database, String topic, List<String> subscribes) {
        this.service = service;
        this.database = database;
        this.topic = topic;
        this.subscribes = subscribes;
    }

    public String service() {
        return service;
    }

    /** The local database (and its owner role) of this service, as {@code scripts/infra.sh} creates it. */
    public String database() {
        return database;
    }

    public String topic() {
        return topic;
    }

    public String deadLetterTopic() {
        return "casework." + service.replace("-service", "") + ".dlq";
    }

    public List<String> subscribes() {
        return subscribes;
    }

    /** The role the service connects as, which owns nothing ({@code docs/security.md}). */
    public String runtimeRole() {
        return database + "_app";
    }

    /** As the owner: the checker reads everything, and a test may change what the service cannot. */
    public Connection connect() throws SQLException {
        return connectAs(database);
    }

    /** As the service's runtime role, to see what the service itself may and may not do. */
    public Connection connectAsRuntime() throws SQLException {
        return connectAs(runtimeRole());
    }

    private Connection connectAs(String role) throws SQLException {
        String password = System.getenv().getOrDefault("CASEWORK_DB_PASSWORD_" + role.toUpperCase(Locale.ROOT), role);
        return DriverManager.getConnection("jdbc:postgresql://" + DB_HOST + "/" + database, role, password);
    }

    public static List<String> allTopics() {
        List<String> topics = new java.util.ArrayList<>();
        for (ServiceStore store : values()) {
            topics.add(store.topic());
            topics.add(store.deadLetterTopic());
        }
        return topics;
    }
}
