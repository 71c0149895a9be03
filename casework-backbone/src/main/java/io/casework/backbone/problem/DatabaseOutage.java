package io.casework.backbone.problem;

import io.casework.backbone.logging.Causes;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether a request failed because the database would not serve it, rather than because of what it asked: the
 * database unreachable or refusing the connection or the privilege, the connection pool timing out (a SQL state of
 * its own or none), a transaction rolled back to break a deadlock. Found by the first {@link SQLException} in the
 * chain of causes (Hibernate's exceptions carry the driver's). A data exception (SQL state class 22) or an integrity
 * violation (23) is about the request itself and is left to the other mappers.
 *
 * <p>A commit that fails as the database goes away is the same outage, but the transaction manager reports it as a
 * rollback whose chain often holds no {@link SQLException} at all: with none to say otherwise, a commit that did not
 * happen is the database's failure, and nothing was saved.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** A one-line account of the database's failure behind it, when the failure is the database's; empty otherwise. */
    static Optional<String> behind(Throwable failure) {
        Optional<SQLException> sql = Causes.find(failure, SQLException.class);
        if (sql.isPresent()) {
            return sql.filter(s -> !aboutTheRequest(s.getSQLState())).map(s -> "SQL state " + s.getSQLState());
        }
        return commitFailure(failure).map(t -> "commit failed: " + t.getClass().getSimpleName());
    }

    private static Optional<Throwable> commitFailure(Throwable failure) {
        return Causes.chain(failure).stream()
                .filter(t -> t instanceof RollbackException || t instanceof HeuristicRollbackException
                        || t instanceof HeuristicMixedException)
                .findFirst();
    }

    private static boolean aboutTheRequest(String state) {
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }
}
