package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.VisitSection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What a note said at one version, and who saved it when. */
@Schema(description = "What a case note said at one version, and who saved it when; versions are never changed")
public record CaseNoteVersionDto(
        @Schema(description = "The version, 1 for the first", example = "1", minimum = "1")
        int version,
        @Schema(description = "The title at this version", example = "CP statutory visit", maxLength = 300)
        String title,
        @Schema(description = "The narrative at this version",
                example = "Saw Leo at home and alone in his bedroom.", maxLength = 50000)
        String narrative,
        @Schema(description = "The child's own words at this version; null when none were recorded")
        ChildsVoice childsVoice,
        @Schema(description = "The visit section at this version; null on a CASE_NOTE")
        VisitSection visit,
        @Schema(description = "The manager's comments, when this version was made by returning the note to its "
                + "author; null otherwise", example = "Please add the school's view of attendance.")
        String returnComments,
        @Schema(description = "When this version was saved, UTC (ISO-8601 with offset Z)",
                example = "2026-02-27T16:05:12Z")
        Instant savedAt,
        @Schema(description = "Who saved this version: the author, or the manager who returned it. Full name, "
                + "designation and team as the organisation model holds them now; only the username once they have "
                + "left", example = Person.Examples.SOCIAL_WORKER)
        Person savedBy,
        @Schema(description = "The parts of this version removed as factually inaccurate personal information (002 "
                + "s.5), oldest first: each shows a marker in place of its content; empty when none")
        List<RemovedInformationDto> removedInformation) {
}
