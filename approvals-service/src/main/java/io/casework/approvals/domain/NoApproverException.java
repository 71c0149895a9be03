package io.casework.approvals.domain;

/** A request cannot be routed: the team is not in the organisation model, or every post that could decide is vacant. */
public class NoApproverException extends RuntimeException {

    public NoApproverException(String message) {
        super(message);
    }
}
