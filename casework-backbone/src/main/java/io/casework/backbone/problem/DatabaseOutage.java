package io.casework.backbone.problem;

import io.casework.backbone.logging.Causes;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether a request failed because the database would not serve it, rather than because of what it asked: the
 * database unreachable or refusing the connection or the privilege, the connection pool timing out (a SQL state of
 * its own or none), a transaction rolled back to break a deadlock. Found by the first {@link SQLException} in the
 * chain of causes (Hibernate's exceptions and a failed commit carry the driver's). A data exception (SQL state
 * class 22) or an integrity violation (23) is about the request itself and is left to the other mappers.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** The SQL failure behind it, when the failure is the database's; empty otherwise. */
    static Optional<SQLException> behind(Throwable failure) {
        return Causes.find(failure, SQLException.class).filter(sql -> !aboutTheRequest(sql.getSQLState()));
    }

    private static boolean aboutTheRequest(String state) {
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }
}
