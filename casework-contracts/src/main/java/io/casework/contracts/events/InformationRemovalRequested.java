package io.casework.contracts.events;

import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import io.casework.contracts.RemovalGround;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone asked for factually inaccurate personal information to be removed from a finalised note (002 s.5): which
 * parts of which version, what kind of information, why it is inaccurate and why the criteria for removal are met.
 * approvals-service routes it for a manager's decision. It names what would be removed, never the content itself.
 *
 * @param team the child's team, whose management line decides
 */
public record InformationRemovalRequested(
        UUID removalRequestId,
        UUID noteId,
        UUID childId,
        int version,
        List<NoteContentField> fields,
        PersonalInformationKind informationKind,
        PersonConcerned concerns,
        RemovalGround ground,
        String reason,
        String whyAmendmentIsNotEnough,
        String laterEntriesUnaffected,
        String team,
        String requestedBy,
        String requestedByName,
        Instant requestedAt) {
}
