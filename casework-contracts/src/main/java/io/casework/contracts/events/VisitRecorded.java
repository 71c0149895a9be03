package io.casework.contracts.events;

import io.casework.contracts.NoteType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A visit to the child was recorded on a case note, with its facts as they stand at the note's {@code version}.
 * {@code statutory} is false when the child was not seen (003 s.5b) or the visit failed (004): such a visit is
 * recorded but does not meet the statutory visit. A note announced again at a later version (resubmitted after a
 * return, corrected) replaces what its earlier versions said. {@code version}, {@code seenAlone} and
 * {@code noteType} are absent from events published before they were added: such an event is the note's first
 * version.
 *
 * <p>The visit's compliance facts came later (issue 16) and are absent from earlier events:
 *
 * @param statutoryVisit     which statutory visit a STATUTORY_VISIT note records (CP, CLA, CIN, PRIVATE_FOSTERING),
 *                           null on any other visit
 * @param unborn             true when the child was not yet born on the day: the visit was to the mother and has no
 *                           "seen" facts (002 s.6)
 * @param notSeenAloneReason why the child was not seen alone, when they were seen but not alone
 * @param bedroomSeen        whether the child's bedroom was seen (003 s.5b g), null when not recorded
 * @param announced          whether the family was told of the visit beforehand, null when not recorded
 * @param startTime          when the visit started, local time in England, null when not recorded
 * @param durationMinutes    how long it lasted, null when not recorded
 */
public record VisitRecorded(
        UUID noteId,
        UUID childId,
        LocalDate visitDate,
        boolean childSeen,
        boolean statutory,
        Integer version,
        Boolean seenAlone,
        NoteType noteType,
        String statutoryVisit,
        Boolean unborn,
        String notSeenAloneReason,
        Boolean bedroomSeen,
        Boolean announced,
        LocalTime startTime,
        Integer durationMinutes) {

    /** A visit as announced before its compliance facts were added. */
    public VisitRecorded(UUID noteId, UUID childId, LocalDate visitDate, boolean childSeen, boolean statutory,
                         Integer version, Boolean seenAlone, NoteType noteType) {
        this(noteId, childId, visitDate, childSeen, statutory, version, seenAlone, noteType, null, null, null, null,
                null, null, null);
    }

    /** The note's version these facts are from; 1 for an event that does not say. */
    public int noteVersion() {
        return version == null ? 1 : version;
    }
}
