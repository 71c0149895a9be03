package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.contracts.PathwayStepKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One step of the child's case pathway. */
@Schema(description = "One step of the child's case pathway (004 \"Case Pathway\"): a contact, a referral, an "
        + "assessment, a strategy discussion, a conference, a plan, an episode, a placement, a review, with its dates, "
        + "its own facts, its state and, once its outcome took effect, what it opened")
public record PathwayStepDto(
        @Schema(description = "The step's id", example = "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c")
        UUID id,
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The kind of step", example = "CF_ASSESSMENT")
        PathwayStepKind kind,
        @Schema(description = "The step whose decision opened this one; null for a contact",
                example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID openedFrom,
        @Schema(description = "The step this one is part of (a placement's looked-after episode); null when it stands "
                + "alone", example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID partOf,
        @Schema(description = "The child's team when the step started", example = "north")
        String team,
        @Schema(description = "OPEN, AWAITING_AUTHORISATION (an outcome waits for a manager), DECIDED (the outcome "
                + "took effect) or ENDED", example = "OPEN")
        StepState state,
        @Schema(description = "The start date", example = "2026-12-21")
        LocalDate startDate,
        @Schema(description = "The kind's own facts (listPathwayStepKinds' detailsSchema); empty for a kind with none",
                example = "{\"placementType\": \"U1\"}")
        Map<String, Object> details,
        @Schema(description = "When a meeting is to be held, UTC; null when not scheduled or not a meeting",
                example = "2026-12-03T10:00:00Z")
        Instant scheduledFor,
        @Schema(description = "A meeting's chair", example = "Chris Chair (child protection chair)")
        String chair,
        @Schema(description = "When a meeting was held, UTC; null until then", example = "2026-11-26T09:30:00Z")
        Instant heldAt,
        @Schema(description = "Who took part in a held meeting, with their input; null until it was held")
        List<ParticipantDto> participants,
        @Schema(description = "For a held strategy discussion, what made it not compliant (004: held within 24 hours "
                + "of the referral or incident, with a CSC manager, police and health); empty when compliant, null "
                + "for other steps", example = "[\"NO_HEALTH\"]")
        List<String> nonCompliance,
        @Schema(description = "A contact's or referral's source; null for other kinds",
                example = "School designated safeguarding lead")
        String source,
        @Schema(description = "When a contact or referral was received, UTC; null for other kinds",
                example = "2026-12-18T16:40:00Z")
        Instant receivedAt,
        @Schema(description = "A C&F's priority in working days (10, 30 or 45); null for other kinds", example = "10")
        Integer priorityWorkingDays,
        @Schema(description = "A C&F's due date, the priority's working days after the start, as deadlines-service "
                + "counts and announces it; null for other kinds, and null until that announcement arrives, shortly "
                + "after the C&F starts or its priority is reset", example = "2027-01-07")
        LocalDate dueDate,
        @Schema(description = "For a C&F, the day its supervisor is reminded to set the priority (004: 5 working days "
                + "after the start), as deadlines-service counts and announces it; null for other kinds, and null "
                + "until that announcement arrives, shortly after the C&F starts", example = "2026-12-30")
        LocalDate priorityAlertDate,
        @Schema(description = "The outcome or decision that took effect; null until then",
                example = "REFERRAL_TO_SOCIAL_CARE")
        String outcome,
        @Schema(description = "What the outcome opened, as data (later parts build each step); null until it took "
                + "effect", example = "[\"REFERRAL\"]")
        List<PathwayStepKind> opens,
        @Schema(description = "Whether the outcome closed the case's involvement; null until it took effect",
                example = "false")
        Boolean closesCase,
        @Schema(description = "The outcome's own facts (a CP plan's category, further actions); empty until then",
                example = "{\"category\": \"NEGLECT\"}")
        Map<String, Object> outcomeDetails,
        @Schema(description = "The date the step was completed, as its outcome says; null until then",
                example = "2026-11-26")
        LocalDate completedDate,
        @Schema(description = "When the outcome took effect, UTC; null until then", example = "2026-12-18T17:05:00Z")
        Instant decidedAt,
        @Schema(description = "The date it ended; null while it goes on", example = "2027-03-01")
        LocalDate endDate,
        @Schema(description = "Why it ended", example = "Ended by the review conference")
        String endReason,
        @Schema(description = "The step whose outcome ended it (the review conference that ended a CP plan)",
                example = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f")
        UUID endedByStep,
        @Schema(description = "The step a roll-back moved out of the current record that this one re-adds (000); "
                + "null for a step recorded as itself", example = "3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d")
        UUID reAddedFrom,
        @Schema(description = "Who recorded the step, as they were then", example = Person.Examples.SOCIAL_WORKER)
        Person recordedBy,
        @Schema(description = "When the step was recorded, UTC", example = "2026-12-18T16:45:00Z")
        Instant recordedAt,
        @Schema(description = "The step's version, also its ETag", example = "0")
        long version) {
}
