package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.contracts.PathwayStepKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One step of the child's case pathway. */
@Schema(description = "One step of the child's case pathway (004 \"Case Pathway\"): a contact, a referral, a Child "
        + "and Family Assessment, with its dates, its state and, once its outcome took effect, what it opened")
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
        @Schema(description = "The child's team when the step started", example = "north")
        String team,
        @Schema(description = "OPEN, AWAITING_AUTHORISATION (an outcome waits for a manager), DECIDED (the outcome "
                + "took effect) or ENDED", example = "OPEN")
        StepState state,
        @Schema(description = "The start date", example = "2026-12-21")
        LocalDate startDate,
        @Schema(description = "A contact's or referral's source; null for other kinds",
                example = "School designated safeguarding lead")
        String source,
        @Schema(description = "When a contact or referral was received, UTC; null for other kinds",
                example = "2026-12-18T16:40:00Z")
        Instant receivedAt,
        @Schema(description = "A C&F's priority in working days (10, 30 or 45); null for other kinds", example = "10")
        Integer priorityWorkingDays,
        @Schema(description = "A C&F's due date, the priority's working days after the start", example = "2027-01-07")
        LocalDate dueDate,
        @Schema(description = "The outcome or decision that took effect; null until then",
                example = "REFERRAL_TO_SOCIAL_CARE")
        String outcome,
        @Schema(description = "What the outcome opened, as data (later parts build each step); null until it took "
                + "effect", example = "[\"REFERRAL\"]")
        List<PathwayStepKind> opens,
        @Schema(description = "Whether the outcome closed the case's involvement; null until it took effect",
                example = "false")
        Boolean closesCase,
        @Schema(description = "When the outcome took effect, UTC; null until then", example = "2026-12-18T17:05:00Z")
        Instant decidedAt,
        @Schema(description = "Who recorded the step, as they were then", example = Person.Examples.SOCIAL_WORKER)
        Person recordedBy,
        @Schema(description = "When the step was recorded, UTC", example = "2026-12-18T16:45:00Z")
        Instant recordedAt,
        @Schema(description = "The step's version, also its ETag", example = "0")
        long version) {
}
