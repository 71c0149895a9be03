package io.casework.system.check;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.InvalidEventException;
import io.casework.system.load.AcknowledgedWrites;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Compares every service's database and the topics after a run, and names every broken promise:
 * <ol>
 *     <li>every write the API acknowledged exists, once (a retried request did not create a second one);</li>
 *     <li>every event in an outbox was published, and every event on a topic came from an outbox;</li>
 *     <li>every event reached every service that consumes its topic and was recorded there as processed;</li>
 *     <li>each event's effects exist exactly once in each service that acts on it ({@link EventEffects});</li>
 *     <li>nothing was dead-lettered but the records the run spoilt on purpose, and each of those was.</li>
 * </ol>
 * It reads the running suite's own databases as the services' roles, and the topics from where the run began.
 */
public final class DeliveryChecker {

    /** A record the run published malformed on purpose, and the dead-letter topic it must end up on. */
    public record ExpectedDeadLetter(String deadLetterTopic, String value) {
    }

    private final EventCodec codec = new EventCodec();

    public DeliveryReport check(RunScope scope, AcknowledgedWrites acknowledged, List<ExpectedDeadLetter> spoilt) {
        DeliveryReport report = new DeliveryReport();
        try {
            Set<String> children = checkAcknowledgedWrites(scope, acknowledged, report);
            Map<String, Map<String, EventEnvelope>> eventsByTopic = new HashMap<>();
            List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
            readTopics(scope, children, eventsByTopic, deadLetters, report);
            checkOutboxes(children, eventsByTopic, report);
            checkConsumers(eventsByTopic, report);
            checkEffects(eventsByTopic, report);
            checkDeadLetters(deadLetters, spoilt, report);
        } catch (SQLException e) {
            report.problem("could not read a service database: " + e.getMessage());
        }
        return report;
    }

    private Set<String> checkAcknowledgedWrites(RunScope scope, AcknowledgedWrites acknowledged,
                                                DeliveryReport report) throws SQLException {
        Map<String, List<String>> childrenByReference = new HashMap<>();
        Map<String, String> childOfNote = new HashMap<>();
        Map<String, String> noteStatus = new HashMap<>();
        Map<String, List<String>> notesByTitle = new HashMap<>();
        try (Connection db = ServiceStore.CASE_NOTES.connect()) {
            try (PreparedStatement query = db.prepareStatement(
                    "select id::text, given_name from child where family_name = ?")) {
                query.setString(1, scope.tag());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        childrenByReference.computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
                                .add(rows.getString(1));
                    }
                }
            }
            Set<String> children = new HashSet<>();
            childrenByReference.values().forEach(children::addAll);
            try (PreparedStatement query = db.prepareStatement("""
                    select n.id::text, n.child_id::text, n.status, v.title from case_note n
                    join case_note_version v on v.note_id = n.id and v.version = 1
                    where n.child_id = any(?)""")) {
                query.setArray(1, db.createArrayOf("uuid", uuids(children)));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        childOfNote.put(rows.getString(1), rows.getString(2));
                        noteStatus.put(rows.getString(1), rows.getString(3));
                        notesByTitle.computeIfAbsent(rows.getString(4), k -> new ArrayList<>()).add(rows.getString(1));
                    }
                }
            }
            childrenByReference.forEach((reference, ids) -> {
                if (ids.size() > 1) {
                    report.problem("child " + reference + " was registered " + ids.size() + " times: " + ids);
                }
            });
            notesByTitle.forEach((title, ids) -> {
                if (ids.size() > 1) {
                    report.problem("note '" + title + "' was written " + ids.size() + " times: " + ids);
                }
            });
            acknowledged.children().forEach((reference, id) -> {
                if (!childrenByReference.getOrDefault(reference, List.of()).contains(id)) {
                    report.problem("acknowledged child " + reference + " (" + id + ") is not in case-notes");
                }
            });
            acknowledged.notes().forEach((noteId, childId) -> {
                if (!childId.equals(childOfNote.get(noteId))) {
                    report.problem("acknowledged note " + noteId + " of child " + childId + " is not in case-notes");
                }
            });
            for (String noteId : acknowledged.submitted()) {
                String status = noteStatus.get(noteId);
                if (!"SUBMITTED".equals(status) && !"FINAL".equals(status)) {
                    report.problem("acknowledged submission of note " + noteId + " is not recorded (status "
                            + status + ")");
                }
            }
            checkDecisions(acknowledged.decided(), report);
            report.count("writes acknowledged", acknowledged.total());
            report.count("writes not acknowledged", acknowledged.refused());
            report.count("children in the run", children.size());
            return children;
        }
    }

    private void checkDecisions(List<String> decided, DeliveryReport report) throws SQLException {
        if (decided.isEmpty()) {
            return;
        }
        Map<String, String> states = new HashMap<>();
        try (Connection db = ServiceStore.APPROVALS.connect();
             PreparedStatement query = db.prepareStatement(
                     "select id::text, state from approval_request where id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", uuids(decided)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        for (String id : decided) {
            String state = states.get(id);
            if (state == null || "PENDING".equals(state)) {
                report.problem("acknowledged decision on request " + id + " is not recorded (state " + state + ")");
            }
        }
    }

    private void readTopics(RunScope scope, Set<String> children, Map<String, Map<String, EventEnvelope>> events,
                            List<ConsumerRecord<String, String>> deadLetters, DeliveryReport report) {
        Set<String> deadLetterTopics = new HashSet<>();
        for (ServiceStore store : ServiceStore.values()) {
            deadLetterTopics.add(store.deadLetterTopic());
            events.put(store.topic(), new LinkedHashMap<>());
        }
        int records = 0;
        int resent = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(RunScope.clientProps())) {
            consumer.assign(scope.startOffsets().keySet());
            scope.startOffsets().forEach(consumer::seek);
            Map<TopicPartition, Long> ends = consumer.endOffsets(scope.startOffsets().keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    report.problem("could not read the topics to their end within 30 s");
                    return;
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (deadLetterTopics.contains(record.topic())) {
                        deadLetters.add(record);
                    } else if (record.key() != null && children.contains(record.key())) {
                        records++;
                        try {
                            EventEnvelope event = codec.read(record.value());
                            if (events.get(record.topic()).putIfAbsent(event.id(), event) != null) {
                                resent++;
                            }
                        } catch (InvalidEventException spoilt) {
                            // A record spoilt on purpose: accounted for by the dead letters it must cause.
                        }
                    }
                }
            }
        }
        report.count("records on the topics", records);
        report.count("events published", events.values().stream().mapToInt(Map::size).sum());
        report.count("records re-sent (same event id)", resent);
    }

    private void checkOutboxes(Set<String> children, Map<String, Map<String, EventEnvelope>> events,
                               DeliveryReport report) throws SQLException {
        for (ServiceStore store : ServiceStore.values()) {
            Map<String, EventEnvelope> onTopic = events.get(store.topic());
            Set<String> inOutbox = new HashSet<>();
            try (Connection db = store.connect();
                 PreparedStatement query = db.prepareStatement("""
                         select event_id::text, event_type, published_at is not null from outbox_event
                         where record_key = any(?)""")) {
                query.setArray(1, db.createArrayOf("text", children.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        inOutbox.add(id);
                        if (!rows.getBoolean(3)) {
                            report.problem(store.service() + " has not published event " + id + " ("
                                    + rows.getString(2) + ")");
                        } else if (!onTopic.containsKey(id)) {
                            report.problem(store.service() + " marked event " + id + " (" + rows.getString(2)
                                    + ") published but it is not on " + store.topic());
                        }
                    }
                }
            }
            for (EventEnvelope event : onTopic.values()) {
                if (!inOutbox.contains(event.id())) {
                    report.problem("event " + event.id() + " (" + event.type() + ") on " + store.topic()
                            + " has no outbox row in " + store.service());
                }
            }
        }
    }

    private void checkConsumers(Map<String, Map<String, EventEnvelope>> events, DeliveryReport report)
            throws SQLException {
        for (ServiceStore consumer : ServiceStore.values()) {
            Map<String, EventEnvelope> expected = new HashMap<>();
            consumer.subscribes().forEach(topic -> expected.putAll(events.get(topic)));
            Set<String> processed = new HashSet<>();
            try (Connection db = consumer.connect();
                 PreparedStatement query = db.prepareStatement(
                         "select event_id::text from processed_event where event_id = any(?)")) {
                query.setArray(1, db.createArrayOf("uuid", uuids(expected.keySet())));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        processed.add(rows.getString(1));
                    }
                }
            }
            for (EventEnvelope event : expected.values()) {
                if (!processed.contains(event.id())) {
                    report.problem(consumer.service() + " has not applied event " + event.id() + " ("
                            + event.type() + ")");
                }
            }
            report.count("events applied by " + consumer.service(), processed.size());
        }
    }

    private void checkEffects(Map<String, Map<String, EventEnvelope>> events, DeliveryReport report)
            throws SQLException {
        // Each effect is counted for all of the run's events in one query: thousands of events, a dozen queries.
        Map<EventEffects.Effect, List<EventEnvelope>> byEffect = new LinkedHashMap<>();
        for (Map<String, EventEnvelope> topic : events.values()) {
            for (EventEnvelope event : topic.values()) {
                for (EventEffects.Effect effect : EventEffects.of(EventType.of(event.type()).orElseThrow())) {
                    if (effect.appliesTo().test(event.data())) {
                        byEffect.computeIfAbsent(effect, e -> new ArrayList<>()).add(event);
                    }
                }
            }
        }
        int checked = 0;
        for (var entry : byEffect.entrySet()) {
            EventEffects.Effect effect = entry.getKey();
            Map<String, Long> counts = counts(effect, entry.getValue());
            for (EventEnvelope event : entry.getValue()) {
                long found = counts.getOrDefault(effect.key().apply(event.data()), 0L);
                checked++;
                if (found != 1) {
                    report.problem(effect.at().service() + ": " + effect.what() + " of event " + event.id() + " ("
                            + event.type() + ") found " + found + " times, expected once");
                }
            }
        }
        report.count("effects verified", checked);
    }

    private static Map<String, Long> counts(EventEffects.Effect effect, List<EventEnvelope> events)
            throws SQLException {
        Object[] lookups = events.stream().map(e -> effect.lookup().apply(e.data())).distinct().toArray();
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = effect.at().connect();
             PreparedStatement query = db.prepareStatement(effect.countSql())) {
            query.setArray(1, db.createArrayOf("text", lookups));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private void checkDeadLetters(List<ConsumerRecord<String, String>> deadLetters, List<ExpectedDeadLetter> spoilt,
                                  DeliveryReport report) {
        List<ExpectedDeadLetter> outstanding = new ArrayList<>(spoilt);
        for (ConsumerRecord<String, String> record : deadLetters) {
            ExpectedDeadLetter found = new ExpectedDeadLetter(record.topic(), record.value());
            if (!outstanding.remove(found)) {
                var reason = record.headers().lastHeader("dead-letter-reason");
                report.problem("unexpected dead letter on " + record.topic() + " (key " + record.key() + "): "
                        + (reason == null ? "no reason" : new String(reason.value())));
            }
        }
        for (ExpectedDeadLetter missing : outstanding) {
            report.problem("the spoilt record was not dead-lettered on " + missing.deadLetterTopic());
        }
        report.count("dead letters", deadLetters.size());
    }

    private static UUID[] uuids(Collection<String> ids) {
        return ids.stream().map(UUID::fromString).toArray(UUID[]::new);
    }
}
