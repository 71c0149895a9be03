package io.casework.contracts;

/** Whether a document was sent by the service, received by it, or made within it (a photo, minutes, a decision). */
public enum DocumentDirection {
    SENT,
    RECEIVED,
    INTERNAL
}
