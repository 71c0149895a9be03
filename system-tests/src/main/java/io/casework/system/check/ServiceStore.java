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

    CASE_NOTES("case-notes-service", "casenotes", Topics.CASE_NOTES, List.of(Topics.APPROVALS)),
    VISITS("visits-service", "visits", Topics.VISITS, List.of(Topics.CASE_NOTES)),
    DEADLINES("deadlines-service", "deadlines", Topics.DEADLINES, List.of(Topics.CASE_NOTES, Topics.VISITS)),
    APPROVALS("approvals-service", "approvals", Topics.APPROVALS, List.of(Topics.CASE_NOTES));

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

    /** The local database (and role) of this service, as {@code scripts/infra.sh} creates it. */
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

    public Connection connect() throws SQLException {
        String password = System.getenv().getOrDefault("CASEWORK_DB_PASSWORD_" + database.toUpperCase(Locale.ROOT),
                database);
        return DriverManager.getConnection("jdbc:postgresql://" + DB_HOST + "/" + database, database, password);
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
