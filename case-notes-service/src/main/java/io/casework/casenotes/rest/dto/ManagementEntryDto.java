package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A management entry: who decided what about which note, when, with their comments. */
@Schema(description = "A management entry: a manager's decision or oversight of a note, shown on the child's record "
        + "as a management entry (001, 003 s.5i)")
public record ManagementEntryDto(
        @Schema(description = "The management entry's id", example = "7c3e1a9d-4b2f-4e8a-b6c0-9d1e2f3a4b5c")
        UUID id,
        @Schema(description = "The case note it oversees", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "What was decided: the decision kind of the approval request it records",
                example = "STATUTORY_VISIT_OVERSIGHT")
        String kind,
        @Schema(description = "APPROVED (the note is final) or RETURNED (back to its author as a draft, with the "
                + "reasons in comments); for REMOVE_INACCURATE_INFORMATION, APPROVED (the information was removed) "
                + "or RETURNED (the request was rejected: nothing was removed)", enumeration = {"APPROVED", "RETURNED"},
                example = "APPROVED")
        String outcome,
        @Schema(description = "The manager's comments: their management oversight in their own words",
                example = "Child seen alone and their views are recorded well.")
        String comments,
        @Schema(description = "The manager who decided. Full name and designation as they were when deciding; team "
                + "as the organisation model holds it now, null once they have left",
                example = Person.Examples.PRACTICE_MANAGER)
        Person decidedBy,
        @Schema(description = "When the manager decided, UTC (ISO-8601 with offset Z)",
                example = "2026-03-02T11:00:00Z")
        Instant decidedAt,
        @Schema(description = "Always true: show it as a management entry in every listing (001 \"highlighted in "
                + "green\")", example = "true")
        boolean managementEntry) {
}
