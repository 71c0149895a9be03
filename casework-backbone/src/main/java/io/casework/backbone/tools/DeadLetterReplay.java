package io.casework.backbone.tools;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Sends the records of a dead-letter topic back to the topics they came from, once the cause is fixed (a consumer
 * deployed that understands them, a missing read model rebuilt). Each record goes back with its key, so per-child
 * order holds, and its event id is unchanged, so a consumer that already applied it ignores it.
 *
 * <p>Progress is kept as the committed offsets of the consumer group {@code <dlq>-replay}: running it twice replays
 * each dead letter once. {@code --dry-run} lists what would be replayed, with each reason, and commits nothing.
 *
 * <p>Usage: {@code DeadLetterReplay <bootstrap> <dead-letter-topic> [--dry-run]}. A secured broker's client settings
 * (security.protocol, sasl.*, ssl.*) are read from the properties file named by {@code KAFKA_CLIENT_CONFIG}.
 */
public final class DeadLetterReplay {

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DeadLetterReplay <bootstrap-servers> <dead-letter-topic> [--dry-run]");
            System.exit(2);
        }
        String bootstrap = args[0];
        String deadLetterTopic = args[1];
        boolean dryRun = args.length > 2 && "--dry-run".equals(args[2]);
        int replayed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(bootstrap, deadLetterTopic));
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            consumer.subscribe(List.of(deadLetterTopic));
            int idlePolls = 0;
            while (idlePolls < 3) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(2));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    String origin = header(record, "dead-letter-topic");
                    System.out.printf("%s key=%s offset=%d reason=%s%n", dryRun ? "would replay to " + origin
                            : "replaying to " + origin, record.key(), record.offset(), header(record, "dead-letter-reason"));
                    if (!dryRun) {
                        if (origin == null) {
                            throw new IllegalStateException("record at offset " + record.offset()
                                    + " has no dead-letter-topic header");
                        }
                        producer.send(new ProducerRecord<>(origin, record.key(), record.value())).get();
                        replayed++;
                    }
                }
                if (!dryRun && !records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Replay failed; what was replayed before is committed", e);
        }
        System.out.println(dryRun ? "dry run: nothing replayed" : "replayed " + replayed + " record(s)");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties consumerProps(String bootstrap, String topic) {
        Properties props = KafkaClientConfig.fromEnvironment();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-replay");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private static Properties producerProps(String bootstrap) {
        Properties props = KafkaClientConfig.fromEnvironment();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
