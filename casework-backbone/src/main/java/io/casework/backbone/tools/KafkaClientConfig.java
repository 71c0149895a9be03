package io.casework.backbone.tools;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The client settings of the operators' Kafka tools: a secured broker's (security.protocol, sasl.*, ssl.*) from the
 * properties file named by {@code KAFKA_CLIENT_CONFIG}, none for the local broker.
 */
final class KafkaClientConfig {

    private KafkaClientConfig() {
    }

    /** A consumer that reads only committed records and commits nothing: for tools that look, never consume. */
    static Properties readCommittedLooker(String bootstrap) {
        Properties props = fromEnvironment();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    static Properties fromEnvironment() {
        Properties props = new Properties();
        String file = System.getenv("KAFKA_CLIENT_CONFIG");
        if (file != null && !file.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read KAFKA_CLIENT_CONFIG " + file, e);
            }
        }
        return props;
    }
}
