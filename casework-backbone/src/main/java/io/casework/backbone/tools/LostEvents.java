package io.casework.backbone.tools;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a service's database is restored from a backup: the events the service published since the backup that the
 * restored database does not hold. Each is a write acknowledged after the backup and lost with the database (a note
 * written, a child registered), which nothing can replay, because the service's own topic is the result of those
 * writes, not their source: the report lists them so that they are recorded again. Events the service consumed since
 * the backup are not lost: the restore replays them (see scripts/db-restore.sh).
 *
 * <p>An event is held when its id is in the restored {@code outbox_event} table: the outbox is written in the same
 * transaction as the change, and keeps a published row for its retention (24 hours by default), longer than any
 * event of the backup could have waited to be published.
 *
 * <p>Usage: {@code LostEvents <bootstrap> <topic> <since> <held-event-ids-file>}, {@code since} an ISO-8601 instant
 * (the backup's), the file one event id per line. Prints one line per lost event, as JSON, then a summary on stderr.
 */
public final class LostEvents {

    private LostEvents() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: LostEvents <bootstrap-servers> <topic> <since ISO-8601 instant> <held-ids-file>");
            System.exit(2);
        }
        Instant since = Instant.parse(args[2]);
        Set<String> held = new HashSet<>(Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList());
        int read = 0;
        int lost = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaClientConfig.readCommittedLooker(args[0]))) {
            List<TopicPartition> partitions = consumer.partitionsFor(args[1]).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(query);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp from = start.get(partition);
                consumer.seek(partition, from == null ? end.get(partition) : from.offset());
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(2))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    String id = header(record, "ce_id");
                    if (id == null || !held.contains(id)) {
                        lost++;
                        System.out.printf("{\"eventId\":%s,\"type\":%s,\"key\":%s,\"publishedAt\":\"%s\",\"event\":%s}%n",
                                quoted(id), quoted(header(record, "ce_type")), quoted(record.key()),
                                Instant.ofEpochMilli(record.timestamp()), record.value());
                    }
                }
            }
        }
        System.err.printf("%d event(s) of %s published since %s; %d not in the restored database%n", read, args[1],
                since, lost);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
