package io.casework.approvals.domain;

import io.casework.contracts.InvalidEventException;

/**
 * A request cannot be routed: the team is not in the organisation model, or every post that could decide is vacant.
 * Retrying cannot help, so the record goes straight to the dead-letter topic, to be replayed once the model is fixed.
 */
public class NoApproverException extends InvalidEventException {

    public NoApproverException(String message) {
        super(message);
    }
}
