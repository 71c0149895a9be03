package io.casework.casenotes.domain;

import java.util.List;

/**
 * The structured sections a note version holds beside its title, narrative and the child's words: what 001, 002 and
 * 003 ask to be shown distinctly, with a colour or a font in LCS (DOMAIN.md rules 3, 5, 8 and 13). Stored whole with
 * the version and sealed on the child's chain with it. Any section may be absent; which ones a note of a type needs,
 * or may not carry, is {@link NoteRules}'.
 *
 * @param visit             the visit record of a visit note
 * @param parentsAndCarers  the parents' and carers' views
 * @param statements        the entry's statements, classed
 * @param interpreter       the interpreter used
 * @param contact           how a contact was made, with whom
 * @param keepInTouch       a care leaver's keep-in-touch contact
 * @param informationSharing each sharing of information
 * @param withheld          information kept from the child or family, with its reason
 * @param significantEvent  the significant event it records, for the chronology
 * @param amends            what an amendment corrects
 * @param disputes          what a dispute disputes
 */
public record NoteSections(VisitSection visit, List<ParentOrCarerView> parentsAndCarers, List<Statement> statements,
                           Interpreter interpreter, ContactSection contact, KeepInTouchSection keepInTouch,
                           List<InformationShared> informationSharing, List<WithheldInformation> withheld,
                           SignificantEvent significantEvent, Amends amends, Disputes disputes) {

    public static Builder builder() {
        return new Builder();
    }

    /** A copy to change one section of, as the builder starts from these. */
    public Builder toBuilder() {
        return new Builder().visit(visit).parentsAndCarers(parentsAndCarers).statements(statements)
                .interpreter(interpreter).contact(contact).keepInTouch(keepInTouch)
                .informationSharing(informationSharing).withheld(withheld).significantEvent(significantEvent)
                .amends(amends).disputes(disputes);
    }

    /** Whether the note records a significant event (003 s.6b): the chronology reads these. */
    public boolean significant() {
        return significantEvent != null;
    }

    /** Builds sections one by one: a dozen positional arguments, most absent, read badly at every call. */
    public static final class Builder {
        private VisitSection visit;
        private List<ParentOrCarerView> parentsAndCarers;
        private List<Statement> statements;
        private Interpreter interpreter;
        private ContactSection contact;
        private KeepInTouchSection keepInTouch;
        private List<InformationShared> informationSharing;
        private List<WithheldInformation> withheld;
        private SignificantEvent significantEvent;
        private Amends amends;
        private Disputes disputes;

        private Builder() {
        }

        public Builder visit(VisitSection value) {
            visit = value;
            return this;
        }

        public Builder parentsAndCarers(List<ParentOrCarerView> value) {
            parentsAndCarers = value;
            return this;
        }

        public Builder statements(List<Statement> value) {
            statements = value;
            return this;
        }

        public Builder interpreter(Interpreter value) {
            interpreter = value;
            return this;
        }

        public Builder contact(ContactSection value) {
            contact = value;
            return this;
        }

        public Builder keepInTouch(KeepInTouchSection value) {
            keepInTouch = value;
            return this;
        }

        public Builder informationSharing(List<InformationShared> value) {
            informationSharing = value;
            return this;
        }

        public Builder withheld(List<WithheldInformation> value) {
            withheld = value;
            return this;
        }

        public Builder significantEvent(SignificantEvent value) {
            significantEvent = value;
            return this;
        }

        public Builder amends(Amends value) {
            amends = value;
            return this;
        }

        public Builder disputes(Disputes value) {
            disputes = value;
            return this;
        }

        public NoteSections build() {
            return new NoteSections(visit, parentsAndCarers, statements, interpreter, contact, keepInTouch,
                    informationSharing, withheld, significantEvent, amends, disputes);
        }
    }
}
