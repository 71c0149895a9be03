package io.casework.backbone.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Whether a failure to apply an event says nothing about the event: the database was unreachable, failed over, or
 * rolled the transaction back to break a conflict. Such a failure is retried until it passes, never dead-lettered.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && transientState(sql.getSQLState(), sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    // 08: connection exceptions; 40: transaction rollback (serialisation, deadlock); 57P: server shutting down;
    // 53: insufficient resources. The pool reports an exhausted wait without a state, by message only.
    private static boolean transientState(String state, String message) {
        if (state == null) {
            return message != null && message.toLowerCase().contains("acquisition timeout");
        }
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("57P") || state.startsWith("53");
    }
}
