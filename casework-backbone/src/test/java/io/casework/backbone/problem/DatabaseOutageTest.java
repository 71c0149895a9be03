package io.casework.backbone.problem;

import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    @DisplayName("The database unreachable, refusing the connection or the privilege, or the pool timing out")
    void theDatabasesFailure() {
        assertThat(DatabaseOutage.behind(new IllegalStateException("commit failed",
                new RuntimeException(new SQLException("Connection refused", "08001"))))).isPresent();
        assertThat(DatabaseOutage.behind(new RuntimeException(new SQLException("permission denied", "42501"))))
                .isPresent();
        assertThat(DatabaseOutage.behind(new RuntimeException(new SQLException("the database system is starting up",
                "57P03")))).isPresent();
        assertThat(DatabaseOutage.behind(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isPresent();
        assertThat(DatabaseOutage.behind(new RuntimeException(new SQLTransientConnectionException("gone"))))
                .isPresent();
    }

    @Test
    @DisplayName("A commit the transaction manager could not make, though no SQL failure is in its chain")
    void aCommitThatFailed() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        assertThat(DatabaseOutage.behind(new IllegalStateException("commit", rollback))).isPresent();
        assertThat(DatabaseOutage.behind(new HeuristicRollbackException("rolled back"))).isPresent();
    }

    @Test
    @DisplayName("A commit refused for an integrity violation found at commit is still the request's fault")
    void aCommitRefusedForTheRequest() {
        RollbackException rollback = new RollbackException("could not commit");
        rollback.initCause(new SQLException("deferred unique violation", "23505"));
        assertThat(DatabaseOutage.behind(rollback)).isEmpty();
    }

    @Test
    @DisplayName("Not an integrity violation or bad data, which are about the request; nor a failure without SQL")
    void notTheRequestsOwnFault() {
        assertThat(DatabaseOutage.behind(new RuntimeException(new SQLException("duplicate key", "23505")))).isEmpty();
        assertThat(DatabaseOutage.behind(new RuntimeException(new SQLException("value too long", "22001")))).isEmpty();
        assertThat(DatabaseOutage.behind(new IllegalArgumentException("bad"))).isEmpty();
    }
}
