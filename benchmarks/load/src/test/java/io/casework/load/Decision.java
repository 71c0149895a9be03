package io.casework.load;

/** An approval request waiting for a decision, and the manager who will decide it. */
record Decision(String requestId, String manager) {
}
