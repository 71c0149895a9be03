package io.casework.contracts;

/**
 * A part of a case note's content that can be named on its own: what a request to remove factually inaccurate
 * personal information names (002 s.5), and what the record shows was removed. The text parts are replaced by a marker;
 * a structured section that can hold personal information goes whole. The sections that only link notes (what an
 * amendment corrects, what a dispute disputes) are no part: they hold no one's information. case-notes-service holds
 * the content; approvals-service shows the decider which parts a request would remove, never the content itself.
 */
public enum NoteContentField {
    TITLE("the title"),
    NARRATIVE("the narrative"),
    /** The child's own words (003 "bold red", 001 italics). */
    CHILDS_WORDS("the child's words"),
    /** How the child's words were obtained. */
    CHILDS_WORDS_HOW_OBTAINED("how the child's words were obtained"),
    /**
     * The visit section of a visit note (DOMAIN.md rule 13), as a whole: wherever the version keeps it, with its other
     * sections or, on a version saved before there were sections, on its own.
     */
    VISIT("the visit section"),
    /** The parents' and carers' views, every one of them (001; 003 s.5b e). */
    PARENTS_AND_CARERS("the parents' and carers' views"),
    /** The entry's classed statements, every one of them (001 "Accuracy", 002 s.6). */
    STATEMENTS("the statements"),
    /** Who interpreted, in what language (001, 003 s.4). */
    INTERPRETER("the interpreter's details"),
    /** How a contact was made, and with whom (001 "Case Records"). */
    CONTACT("the contact section"),
    /** A care leaver's keep-in-touch contact (004). */
    KEEP_IN_TOUCH("the keep-in-touch section"),
    /** Each sharing of information, with whom and on what basis (001, 002 s.6). */
    INFORMATION_SHARING("the information sharing entries"),
    /** Information kept from the child or family, with its reason. */
    WITHHELD("the withheld information"),
    /** The significant event the note records for the chronology (003 s.6). */
    SIGNIFICANT_EVENT("the significant event");

    /**
     * How many parts there are: the most one request can name, each once (a compile-time constant, for the APIs'
     * validation and documents; InformationRemovalSchemasTest holds it to the constants above).
     */
    public static final int COUNT = 13;

    private final String words;

    NoteContentField(String words) {
        this.words = words;
    }

    /** The field as a sentence names it, for notifications and refusals. */
    public String words() {
        return words;
    }
}
