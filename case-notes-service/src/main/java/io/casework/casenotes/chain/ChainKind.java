package io.casework.casenotes.chain;

/** The kinds of entry on a child's chain: everything on the record that is evidence and append-only. */
public enum ChainKind {
    NOTE_VERSION("note version"),
    MANAGEMENT_ENTRY("management entry"),
    ACCESS_LOG("access log entry"),
    RECORD_CHANGE("change to the child's record"),
    /** A removal of factually inaccurate personal information from a note version (002 s.5). */
    INFORMATION_REMOVAL("information removal"),
    /** A document added to the record, its content's SHA-256 among the sealed fields. */
    DOCUMENT("document"),
    /** An act on a step of the child's case pathway: started, scheduled, held, decided, ended (004 "Case Pathway"). */
    PATHWAY_ENTRY("pathway step entry"),
    /** An act on a risk alert: asked for, approved or refused, continued or ended at a review (001 "Risk Alerts"). */
    RISK_ALERT_ENTRY("risk alert entry"),
    /** An act on the closure of the child's case: started, a step done, submitted, decided, feedback (002 s.12). */
    CLOSURE_ENTRY("case closure entry");

    private final String label;

    ChainKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
