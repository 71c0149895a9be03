package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The recordings whose dates a court chronology leaves out (003 s.6c, quoting Sir James Munby, 2016): "dates of
 * telephone conversations/attempted telephone conversations; dates of visits to parents home; dates of office
 * meetings with parents; dates of contacts with other professionals". Each is mapped to the note types that record
 * it, and that mapping is the one place that decides it:
 * <ul>
 *     <li>CONTACT records a call, an attempted call, an office meeting or any other contact with the child, family or
 *     carers (its contact section says which; 003 "Case note contacts on LCS"): Munby's first and third items;</li>
 *     <li>VISIT and HOME_VISIT_NO_ACCESS are visits that are not statutory (a failed one included), and
 *     CARE_LEAVER_KIT a keep-in-touch visit or call: his second;</li>
 *     <li>PROFESSIONAL_CONTACT is a contact with another professional: his fourth.</li>
 * </ul>
 * A STATUTORY_VISIT is not routine here: it is the plan's own visit, which the court may need to see was made.
 * Nothing else is routine: assessments, strategy discussions, plans, decisions, court hearings and significant events
 * themselves are what 003 s.6b lists for a chronology.
 */
public enum RoutineRecording {

    CALL_OR_MEETING_WITH_FAMILY("on calls or meetings with the family",
            "003 s.6c: dates of telephone conversations, attempted calls and office meetings with parents are left "
                    + "out", NoteType.CONTACT),
    ROUTINE_VISIT("on routine visits",
            "003 s.6c: dates of visits to the parents' home that are not statutory visits are left out",
            NoteType.VISIT, NoteType.HOME_VISIT_NO_ACCESS, NoteType.CARE_LEAVER_KIT),
    PROFESSIONAL_CONTACT("on contacts with other professionals",
            "003 s.6c: dates of contacts with other professionals are left out", NoteType.PROFESSIONAL_CONTACT);

    private final String shortName;
    private final String reason;
    private final Set<NoteType> noteTypes;

    RoutineRecording(String shortName, String reason, NoteType... noteTypes) {
        this.shortName = shortName;
        this.reason = reason;
        this.noteTypes = EnumSet.copyOf(Arrays.asList(noteTypes));
    }

    /** What it is, in a few words that follow a count ("2 on routine visits"). */
    public String shortName() {
        return shortName;
    }

    /** Why an entry of this kind is not in a court chronology, citing the seed. */
    public String reason() {
        return reason;
    }

    /** The note types that record it. */
    public Set<NoteType> noteTypes() {
        return noteTypes;
    }

    /** The routine recording a note of {@code type} is, or empty when a court chronology keeps it. */
    public static Optional<RoutineRecording> of(NoteType type) {
        return Arrays.stream(values()).filter(routine -> routine.noteTypes.contains(type)).findFirst();
    }
}
