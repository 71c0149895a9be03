package io.casework.contracts.events;

import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Factually inaccurate personal information was removed from a finalised note on a manager's decision (002 s.5): the
 * named parts of one version now hold a marker in place of their content; the entry keeps its place on the record and
 * on the child's chain. Says what kind of information went, who asked and on whose decision, never what it said.
 */
public record InformationRemoved(
        UUID removalId,
        UUID removalRequestId,
        UUID noteId,
        UUID childId,
        int version,
        List<NoteContentField> fields,
        PersonalInformationKind informationKind,
        PersonConcerned concerns,
        String requestedBy,
        UUID approvalRequestId,
        String decidedBy,
        Instant removedAt) {
}
