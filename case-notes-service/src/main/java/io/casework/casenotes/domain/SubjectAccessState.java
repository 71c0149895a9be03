package io.casework.casenotes.domain;

/** Where a subject access request stands: in review until a manager completes it; then the export can be made. */
public enum SubjectAccessState {
    IN_REVIEW,
    REVIEWED
}
