package io.casework.contracts.events;

import io.casework.contracts.NoteType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit to the child was recorded on a case note, with its facts as they stand at the note's {@code version}.
 * {@code statutory} is false when the child was not seen (003 s.5b) or the visit failed (004): such a visit is
 * recorded but does not meet the statutory visit. A note announced again at a later version (resubmitted after a
 * return, corrected) replaces what its earlier versions said. {@code version}, {@code seenAlone} and
 * {@code noteType} are absent from events published before they were added: such an event is the note's first
 * version.
 */
public record VisitRecorded(
        UUID noteId,
        UUID childId,
        LocalDate visitDate,
        boolean childSeen,
        boolean statutory,
        Integer version,
        Boolean seenAlone,
        NoteType noteType) {

    /** The note's version these facts are from; 1 for an event that does not say. */
    public int noteVersion() {
        return version == null ? 1 : version;
    }
}
