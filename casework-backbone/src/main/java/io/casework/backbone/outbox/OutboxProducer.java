package io.casework.backbone.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

/**
 * The relay's Kafka producer. A plain client rather than a messaging channel, because the relay must know,
 * per batch, that the broker has every record (acks=all) before it marks rows published.
 */
@ApplicationScoped
public class OutboxProducer {

    private final KafkaProducer<String, String> producer;

    /**
     * @param kafka every {@code kafka.*} setting of the service (bootstrap servers, TLS, SASL), as Quarkus gives it to
     *              the messaging connector: the relay reaches the broker the same way the consumers do
     */
    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        Properties props = new Properties();
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().substring(1) + "-outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps retries from duplicating or reordering records within a partition.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // While the broker is away, send() gives up after the relay's timeout and the rows stay in the outbox.
        long timeout = config.relay().sendTimeout().toMillis();
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout, Integer.MAX_VALUE));
        // A record once handed to the producer is never expired: it is retried until the broker takes it. An
        // expired record would let a later one of the same child through before the relay sends it again (a
        // visit recorded before the child was registered, seen by a consumer as a record for an unknown child:
        // the fault test that kills Kafka found this). The relay's own wait still times out and it sends the rows
        // again; those copies queue behind the first ones, so the order holds and consumers drop the duplicates.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer.send(record);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
