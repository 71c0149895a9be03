package io.casework.casenotes.domain;

/**
 * What kind of statement a line of the record is: 001 "Accuracy", 002 s.6 and 003 s.4 ask every entry to distinguish
 * facts, opinions, assessments, judgements and decisions, so that a reader (the child, years later) can tell which is
 * which.
 */
public enum StatementKind {
    FACT,
    OPINION,
    ASSESSMENT,
    JUDGEMENT,
    DECISION
}
