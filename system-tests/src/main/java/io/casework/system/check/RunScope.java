package io.casework.system.check;

import io.casework.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * What one checked run is about: the children it registers (all of them named with the run's tag, so the checker
 * finds even those whose registration was never acknowledged) and where every topic stood when it began, so that
 * only its own records are read back.
 */
public record RunScope(String tag, Map<TopicPartition, Long> startOffsets) {

    /** Marks the topics' current ends; everything the run causes comes after them. */
    public static RunScope begin(String name) {
        String tag = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(clientProps())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : ServiceStore.allTopics()) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            return new RunScope(tag, Map.copyOf(consumer.endOffsets(partitions)));
        }
    }

    /** A reader of the suite's topics as the services read them; it commits nothing. */
    public static Properties clientProps() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.BOOTSTRAP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // As the services read: only what the outbox relays committed.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
