package io.casework.contracts;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    private final Set<String> listed = Topics.all().stream().map(Topics.Topic::name).collect(Collectors.toSet());

    @Test
    @DisplayName("every event travels on a topic of the one list")
    void everyEventTopicIsListed() {
        Set<String> used = Arrays.stream(EventType.values()).map(EventType::topic).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(used).isNotEmpty();
        assertThat(listed).containsAll(used);
    }

    @Test
    @DisplayName("each publishing service has a dead-letter topic, and every topic at least one partition")
    void everyPublisherHasADeadLetterTopic() {
        for (String topic : Set.of(Topics.CASE_NOTES, Topics.VISITS, Topics.DEADLINES, Topics.APPROVALS)) {
            assertThat(listed).contains(topic, "casework." + Topics.publisher(topic) + ".dlq");
        }
        assertThat(Topics.all()).allSatisfy(topic -> assertThat(topic.partitions()).isPositive());
    }
}
