package io.casework.backbone.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The relay's Kafka producer. A plain client rather than a messaging channel, because the relay must know, per
 * batch, that the broker has every record before it marks rows published.
 *
 * <p>Each batch is one Kafka transaction, and consumers read committed records only. An idempotent producer alone
 * keeps order only while no batch fails: when the broker was killed, a failed batch (one child's registration) was
 * dropped while the next batch (the same child's visit) went through, and the relay's retry put the registration
 * behind the visit. A consumer then saw a visit for a child it did not know and dead-lettered it (the fault test
 * that kills Kafka found this). In a transaction, a batch is seen whole, in order, or not at all: an aborted
 * attempt leaves nothing a consumer reads, and the retry sends the rows again from the oldest.
 */
@ApplicationScoped
public class OutboxProducer {

    private static final Logger LOG = Logger.getLogger(OutboxProducer.class);

    private final Properties props = new Properties();
    private KafkaProducer<String, String> producer;

    /**
     * @param kafka every {@code kafka.*} setting of the service (bootstrap servers, TLS, SASL), as Quarkus gives it to
     *              the messaging connector: the relay reaches the broker the same way the consumers do
     */
    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        String client = config.source().substring(1) + "-outbox-relay";
        long timeout = config.relay().sendTimeout().toMillis();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, client);
        // One id per service and topic, shared by its replicas: a producer that starts (a restarted pod, a replica
        // taking the relay lock over, a producer recreated after a failure) fences its predecessor and aborts the
        // transaction that one left open, so a crash never leaves consumers waiting on it. Only the replica holding
        // the relay lock publishes; a fenced one fails its next attempt and starts a producer of its own.
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, client + "-" + config.topic());
        // The backstop when no successor comes: the broker aborts an open transaction after this long.
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Math.min(timeout * 2, Integer.MAX_VALUE));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // While the broker is away the calls give up after the relay's timeout; the rows stay in the outbox.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout, Integer.MAX_VALUE));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(timeout * 2, Integer.MAX_VALUE));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    /**
     * Publishes the records in one transaction and returns once the broker has committed it; throws when it has
     * not, and then none of them is visible to a consumer.
     */
    synchronized void publish(List<ProducerRecord<String, String>> records) {
        KafkaProducer<String, String> current = producer();
        try {
            current.beginTransaction();
            for (ProducerRecord<String, String> record : records) {
                current.send(record);
            }
            current.commitTransaction();
        } catch (KafkaException e) {
            // Whatever state the transaction is in (timed out, aborted, fenced, the producer failed), a new producer
            // with the same transactional id aborts it before the next attempt; nothing of this one is read.
            discard();
            throw e;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> created = new KafkaProducer<>(props);
            try {
                created.initTransactions();
            } catch (KafkaException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (KafkaException e) {
                LOG.debugf("Closing the failed outbox producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
