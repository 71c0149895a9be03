package io.casework.approvals.domain;

/** What an approver decided. A returned request goes back to its author with the reasons. */
public enum Outcome {
    APPROVED,
    RETURNED;

    public RequestState resultingState() {
        return this == APPROVED ? RequestState.APPROVED : RequestState.RETURNED;
    }
}
