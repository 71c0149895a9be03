package io.casework.contracts;

/**
 * What an approver decided, in the words every service uses: approved, or returned to its author with the reasons
 * (a returned note goes back to draft). Carried by {@code approval-decided} and {@code management-oversight-recorded}.
 */
public enum Outcome {
    APPROVED,
    RETURNED
}
