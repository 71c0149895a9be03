package io.casework.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.system.check.RunScope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backlog of events for a consumer to catch up on, as large as asked, made from the suite's own topics.
 *
 * <p>Replaying a service's topics into an empty database is how a read model is rebuilt (docs/operations.md), and how
 * fast that goes is the catch-up rate. A freshly started suite holds far fewer events than an authority's years, so
 * the topics are copied as many times as it takes, each copy a world of its own: every UUID in a copy's keys and
 * values is replaced by one derived from the copy's number and the original, so that the copy's children, notes,
 * visits, deadlines and requests are new, and consistent across topics (a visit in the visits topic names the copy's
 * child of the case-notes topic). The organisation's events are the exception: teams and staff are the same people in
 * every copy, so they are written once, as they are, and no UUID they mention is ever replaced. Each copy keeps the
 * order of the original within a child, the order consumers rely on.
 *
 * <p>Usage: {@code ReplayBacklog <bootstrap> <target prefix> <events wanted> <topic>...}: reads each topic from its
 * beginning (committed records only) and writes copies to {@code <prefix><topic>} until at least the number wanted is
 * written. Prints the count per topic.
 */
public final class ReplayBacklog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The organisation's events: the same teams and staff in every copy. */
    private static final Set<String> ORGANISATION = Set.of("casework.approvals.staff-member-changed",
            "casework.approvals.team-changed");

    private record Event(String topic, String key, String value, String type) {
    }

    private ReplayBacklog() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ReplayBacklog <bootstrap> <target prefix> <events wanted> <topic>...");
            System.exit(2);
        }
        String bootstrap = args[0];
        String prefix = args[1];
        long wanted = Long.parseLong(args[2]);
        List<String> topics = List.of(args).subList(3, args.length);

        List<Event> events = read(bootstrap, topics);
        Set<String> shared = sharedIds(events);
        long perCopy = events.stream().filter(e -> !ORGANISATION.contains(e.type())).count();
        if (perCopy == 0) {
            throw new IllegalStateException("the topics " + topics + " hold no events to copy");
        }
        long copies = Math.max(1, (wanted + perCopy - 1) / perCopy);
        System.out.printf("%d events on %s (%d of the organisation, written once); %d copies%n", events.size(), topics,
                events.size() - perCopy, copies);

        Map<String, long[]> written = new java.util.TreeMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            for (Event e : events) {
                if (ORGANISATION.contains(e.type())) {
                    send(producer, prefix + e.topic(), e.key(), e.value(), written);
                }
            }
            for (long copy = 0; copy < copies; copy++) {
                for (Event e : events) {
                    if (!ORGANISATION.contains(e.type())) {
                        send(producer, prefix + e.topic(), rewrite(e.key(), copy, shared),
                                rewrite(e.value(), copy, shared), written);
                    }
                }
            }
            producer.flush();
        }
        written.forEach((topic, n) -> System.out.printf("%s: %d events%n", topic, n[0]));
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String key, String value,
            Map<String, long[]> written) {
        producer.send(new ProducerRecord<>(topic, key, value));
        written.computeIfAbsent(topic, t -> new long[1])[0]++;
    }

    /** Every UUID of the copy replaced by one derived from the copy and the original; shared ones kept. */
    static String rewrite(String text, long copy, Set<String> shared) {
        if (text == null) {
            return null;
        }
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String id = m.group();
            String replaced = shared.contains(id) ? id
                    : UUID.nameUUIDFromBytes((copy + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
            m.appendReplacement(out, replaced);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The UUIDs the organisation's events mention: teams, staff and service areas, the same in every copy. */
    private static Set<String> sharedIds(List<Event> events) {
        Set<String> shared = new HashSet<>();
        for (Event e : events) {
            if (ORGANISATION.contains(e.type())) {
                JsonNode data = readTree(e.value()).path("data");
                Matcher m = UUID_TEXT.matcher(data.toString());
                while (m.find()) {
                    shared.add(m.group());
                }
            }
        }
        return shared;
    }

    private static List<Event> read(String bootstrap, List<String> topics) {
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(bootstrap))) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        events.add(new Event(topic, r.key(), r.value(), readTree(r.value()).path("type").asText()));
                    }
                }
            }
        }
        return events;
    }

    private static JsonNode readTree(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + value, e);
        }
    }

    private static Properties consumerProps(String bootstrap) {
        Properties p = RunScope.clientProps();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return p;
    }

    private static Properties producerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }
}
