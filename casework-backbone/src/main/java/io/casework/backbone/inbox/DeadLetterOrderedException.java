package io.casework.backbone.inbox;

import io.casework.contracts.InvalidEventException;

/**
 * An event an operator ordered dead-lettered. A defect by decision rather than by parsing: it is thrown to the
 * connector like any other, so that the record goes to the dead-letter topic with the order's reason, who gave it,
 * and the failure that had held the partition, ready for {@code scripts/dlq-replay.sh} once the cause is dealt with.
 */
public class DeadLetterOrderedException extends InvalidEventException {

    DeadLetterOrderedException(DeadLetterOrder order, String lastFailure) {
        super("dead-lettered by operator order: " + order.reason() + " (" + order.orderedBy() + "); it had been "
                + "failing with " + lastFailure);
    }
}
