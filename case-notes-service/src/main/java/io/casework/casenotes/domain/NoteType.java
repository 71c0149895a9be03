package io.casework.casenotes.domain;

/** What kind of entry a case note is; visits carry a structured visit section. */
public enum NoteType {
    /** An ordinary case note. */
    CASE_NOTE,
    /** A statutory visit: the child was seen (003 s.5b). Needs practice manager oversight (004). */
    STATUTORY_VISIT,
    /** Any other visit, including a failed one or one where the child was not seen (004: "a visit (not stat visit)"). */
    VISIT;

    public boolean hasVisitSection() {
        return this != CASE_NOTE;
    }

    /** 004: statutory visit notes go to the practice manager for oversight before they are final. */
    public boolean needsOversight() {
        return this == STATUTORY_VISIT;
    }
}
