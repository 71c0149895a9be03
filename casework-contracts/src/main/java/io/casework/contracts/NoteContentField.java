package io.casework.contracts;

/**
 * A part of a case note's content that can be named on its own: what a request to remove factually inaccurate
 * personal information names (002 s.5), and what the record shows was removed. case-notes-service holds the content;
 * approvals-service shows the decider which parts a request would remove, never the content itself.
 */
public enum NoteContentField {
    TITLE("the title"),
    NARRATIVE("the narrative"),
    /** The child's own words (003 "bold red", 001 italics). */
    CHILDS_WORDS("the child's words"),
    /** How the child's words were obtained. */
    CHILDS_WORDS_HOW_OBTAINED("how the child's words were obtained"),
    /** The visit section of a visit note (DOMAIN.md rule 13), as a whole. */
    VISIT("the visit section");

    private final String words;

    NoteContentField(String words) {
        this.words = words;
    }

    /** The field as a sentence names it, for notifications and refusals. */
    public String words() {
        return words;
    }
}
