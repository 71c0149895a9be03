package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.ContactSection;
import io.casework.casenotes.domain.DisputeWords;
import io.casework.casenotes.domain.Interpreter;
import io.casework.casenotes.domain.KeepInTouchSection;
import io.casework.casenotes.domain.ParentOrCarerView;
import io.casework.casenotes.domain.SignificantEvent;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.domain.WithheldInformation;
import io.casework.contracts.NoteType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A case note's content, to create a draft or save a new version of one. {@code eventDate} and {@code eventTime} are
 * when it happened, which need not be today (002 s.5). The note type is fixed at creation (a draft visit's kind
 * aside); the structured sections replace LCS's colours and fonts.
 */
@Schema(description = "A case note's content, to write a draft or save a new version of one; the author comes from "
        + "the token, never from the body. A draft may leave sections out or incomplete; submitting or finalising "
        + "needs what the note's type needs (docs/case-record.md \"Case notes\")")
public record CaseNoteRequest(
        @Schema(description = "The kind of entry (NoteType of the contracts). Fixed when the note is written, except "
                + "that a draft visit may become another kind of visit (a STATUTORY_VISIT where the child was not "
                + "seen is a VISIT). AMENDMENT and DISPUTE are written through their own operations",
                example = "STATUTORY_VISIT")
        @NotNull NoteType noteType,
        @Schema(description = "When what the note records happened, an ISO-8601 date in England; today or before",
                example = "2026-02-27")
        @NotNull @PastOrPresent LocalDate eventDate,
        @Schema(description = "When in the day it happened, a local time in England, HH:mm or HH:mm:ss",
                example = "16:30")
        @NotNull LocalTime eventTime,
        @Schema(description = "The note's title", example = "CP statutory visit")
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "The worker's account",
                example = "Saw Leo at home and alone in his bedroom. The bedroom was clean and warm.")
        @NotBlank @Size(max = InputLimits.NARRATIVE) String narrative,
        @Schema(description = "The child's own words and how they were obtained; absent when none were recorded")
        @Valid ChildsVoice childsVoice,
        @Schema(description = "The visit section of a visit note (STATUTORY_VISIT, VISIT, HOME_VISIT_NO_ACCESS); "
                + "never on another type")
        @Valid VisitSection visit,
        @Schema(description = "The parents' and carers' views, one item per person")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull ParentOrCarerView> parentsAndCarers,
        @Schema(description = "The entry's statements, each classed as fact, opinion, assessment, judgement or "
                + "decision, first-hand or third-party")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull Statement> statements,
        @Schema(description = "The interpreter used; absent when none was") @Valid Interpreter interpreter,
        @Schema(description = "How a CONTACT or PROFESSIONAL_CONTACT was made and with whom; never on another type")
        @Valid ContactSection contact,
        @Schema(description = "A CARE_LEAVER_KIT's in touch, main activity and accommodation; never on another type")
        @Valid KeepInTouchSection keepInTouch,
        @Schema(description = "Each sharing of information; required on an INFORMATION_SHARING note")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull InformationSharingRequest> informationSharing,
        @Schema(description = "Information not to be shared with the child or family, each with its reason (002 s.8)")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull WithheldInformation> withheld,
        @Schema(description = "The significant event the note records, for the chronology (003 s.6b); required on a "
                + "SIGNIFICANT_EVENT note")
        @Valid SignificantEvent significantEvent,
        @Schema(description = "On a DISPUTE draft only: who disputes the entry and their words")
        @Valid DisputeWords dispute,
        @Schema(description = "When writing the note only: the other children of the family it is also written for; "
                + "each child's record gets a note of its own, linked by familyGroupId (001 \"Relevance\", 003 s.4). "
                + "The author must be allowed to write on every child's record, or nothing is written")
        @Size(max = 10) List<@Valid @NotNull FamilyChildRequest> alsoFor) {
}
