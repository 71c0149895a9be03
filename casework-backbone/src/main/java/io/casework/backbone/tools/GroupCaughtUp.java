package io.casework.backbone.tools;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Waits until a consumer group has applied every record on its partitions. A lag of records is not the measure: on
 * topics written in transactions (the outbox relay's), the last offset of a partition is often a commit marker, which
 * no consumer hands over and so no group commits past, and the group's lag stays at one however long it waits. Here a
 * partition counts as caught up when a read-committed consumer finds no record between the group's committed offset
 * and the partition's end.
 *
 * <p>Usage: {@code GroupCaughtUp <bootstrap> <group> <timeout-seconds>}; exits 0 once caught up, 1 on timeout.
 */
public final class GroupCaughtUp {

    private GroupCaughtUp() {
    }

    public static void main(String[] args) throws ExecutionException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: GroupCaughtUp <bootstrap-servers> <group> <timeout-seconds>");
            System.exit(2);
        }
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[2]));
        Properties adminProps = KafkaClientConfig.fromEnvironment();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(adminProps);
             KafkaConsumer<String, String> reader = new KafkaConsumer<>(KafkaClientConfig.readCommittedLooker(args[0]))) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(args[1])
                        .partitionsToOffsetAndMetadata().get();
                long waiting = waiting(reader, committed);
                if (waiting == 0) {
                    System.out.printf("%s has applied every record of its %d partition(s)%n", args[1], committed.size());
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    System.out.printf("%s still has records to apply on %d partition(s)%n", args[1], waiting);
                    System.exit(1);
                }
                Thread.sleep(1000);
            }
        }
    }

    /** How many of the partitions hold a record after the group's committed offset. */
    private static long waiting(KafkaConsumer<String, String> reader, Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> end = reader.endOffsets(committed.keySet());
        long waiting = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
            TopicPartition partition = entry.getKey();
            long from = entry.getValue() == null ? 0 : entry.getValue().offset();
            if (from >= end.get(partition)) {
                continue;
            }
            reader.assign(List.of(partition));
            reader.seek(partition, from);
            boolean found = false;
            while (!found && reader.position(partition) < end.get(partition)) {
                found = !reader.poll(Duration.ofMillis(500)).isEmpty();
            }
            if (found) {
                waiting++;
            }
        }
        return waiting;
    }
}
