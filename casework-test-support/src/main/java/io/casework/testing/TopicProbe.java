package io.casework.testing;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/** Reads and writes topics on the real broker from a test, outside the service under test. */
public final class TopicProbe implements AutoCloseable {

    public static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    private final EventCodec codec = new EventCodec();

    /** Subscribes from the beginning of the topics with a fresh group, so it sees every record on them. */
    public TopicProbe(String... topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A test often subscribes before its topic exists: notice the topic soon after it is created.
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        // As the services read: only what the outbox relays committed.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topics));
    }

    /** Waits up to {@code timeout} for a record that matches; fails with what it did see otherwise. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int checked = 0;
        while (true) {
            for (; checked < seen.size(); checked++) {
                if (match.test(seen.get(checked))) {
                    return seen.get(checked);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                break;
            }
            // Keep every polled record, including those after a match: a later await may be looking for them.
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("No matching record within " + timeout + "; saw " + seen.size() + " records: "
                + seen.stream().map(r -> r.topic() + ":" + r.key()).toList());
    }

    /** Waits for an event of the given type about the given subject (child id). */
    public EventEnvelope awaitEvent(String type, String subject, Duration timeout) {
        ConsumerRecord<String, String> r = await(rec -> {
            if (rec.value() == null || !subject.equals(rec.key())) {
                return false;
            }
            return type.equals(codec.read(rec.value()).type());
        }, timeout);
        return codec.read(r.value());
    }

    /** Every record seen so far, in arrival order. */
    public List<ConsumerRecord<String, String>> seen() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Wraps a payload as a valid event of its type, as its owning service would publish it. */
    public String event(Object payload, String source, String subject) {
        return event(payload, source, subject, null);
    }

    /** The same, carrying the trace context of the request that caused it. */
    public String event(Object payload, String source, String subject, String traceparent) {
        return codec.write(codec.wrap(payload, source, subject, traceparent));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
