package io.casework.backbone.outbox;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventCauseTest {

    @Test
    @DisplayName("issue 19: applying the same consumed event again publishes under the same ids, in the same order; "
            + "another service, another event or a person's request gets others")
    void derivedIds() {
        List<UUID> first = published("case-notes-service", "event-1", 2);
        assertThat(published("case-notes-service", "event-1", 2)).as("the replay of event-1").isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
        assertThat(published("visits-service", "event-1", 2)).doesNotContainAnyElementsOf(first);
        assertThat(published("case-notes-service", "event-2", 2)).doesNotContainAnyElementsOf(first);
        assertThat(published("case-notes-service", null, 1)).doesNotContainAnyElementsOf(first)
                .isNotEqualTo(published("case-notes-service", null, 1));
    }

    /** The ids of {@code count} events published by {@code source} in one transaction applying {@code consumed}. */
    private static List<UUID> published(String source, String consumed, int count) {
        EventCause cause = new EventCause();
        cause.transactions = new OneTransaction();
        if (consumed != null) {
            cause.applying(consumed);
        }
        return Stream.generate(() -> cause.nextId(source)).limit(count).toList();
    }

    /** The resources of one transaction, as the transaction manager keeps them. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return 0;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
