package io.casework.backbone.inbox;

import io.casework.contracts.InvalidEventException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void databaseUnavailableIsTransientWhereverItIsWrapped() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("gone"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("tx",
                new RuntimeException(new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void aFaultOfTheEventOrTheCodeIsNot() {
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(TransientFailures.isTransient(new InvalidEventException("bad"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }
}
