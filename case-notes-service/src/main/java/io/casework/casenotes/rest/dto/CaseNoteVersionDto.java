package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.Amends;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.ContactSection;
import io.casework.casenotes.domain.Disputes;
import io.casework.casenotes.domain.InformationShared;
import io.casework.casenotes.domain.Interpreter;
import io.casework.casenotes.domain.KeepInTouchSection;
import io.casework.casenotes.domain.ParentOrCarerView;
import io.casework.casenotes.domain.SignificantEvent;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.domain.WithheldInformation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What a note said at one version, section by section, and who saved it when. */
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
        @Schema(description = "The visit section at this version; null on any note but a visit")
        VisitSection visit,
        @Schema(description = "The parents' and carers' views at this version; null when none")
        List<ParentOrCarerView> parentsAndCarers,
        @Schema(description = "The statements at this version; null when none")
        List<Statement> statements,
        @Schema(description = "The interpreter at this version; null when none")
        Interpreter interpreter,
        @Schema(description = "The contact section at this version; null when none")
        ContactSection contact,
        @Schema(description = "The keep-in-touch section at this version; null when none")
        KeepInTouchSection keepInTouch,
        @Schema(description = "The information shared at this version; null when none")
        List<InformationShared> informationSharing,
        @Schema(description = "The information withheld at this version, with reasons; null when none")
        List<WithheldInformation> withheld,
        @Schema(description = "The significant event at this version; null when none")
        SignificantEvent significantEvent,
        @Schema(description = "On an AMENDMENT: what it corrects and why; null otherwise")
        Amends amends,
        @Schema(description = "On a DISPUTE: what it disputes, who disputes it and their words; null otherwise")
        Disputes disputes,
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
