package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.closure.ClosureReason;
import io.casework.casenotes.domain.closure.ClosureState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The closure of a child's case, its checklist and the manager's oversight once decided. */
@Schema(description = "The closure of a child's case (002 s.12): why, the eight steps with who did each and when, "
        + "and the practice manager's oversight once decided")
public record CaseClosureDto(
        @Schema(description = "The closure's id", example = "9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f")
        UUID id,
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "Why the case closes", example = "NO_FURTHER_ACTION_ON_REFERRAL")
        ClosureReason reason,
        @Schema(description = "Why closure is appropriate, in the worker's words",
                example = "Concerns addressed by the school nurse; no role for children's services")
        String reasonDetails,
        @Schema(description = "The feedback given to the referrer when the closure started; null when none was due",
                example = "Told the school's safeguarding lead by phone on 26 November: no further action")
        String referrerFeedback,
        @Schema(description = "OPEN (the checklist being worked through), AWAITING_OVERSIGHT (with the practice "
                + "manager), CLOSED (approved: the case is closed) or RETURNED (refused, with reasons: the case stays "
                + "open)", example = "OPEN")
        ClosureState state,
        @Schema(description = "Who started it, as they were then", example = Person.Examples.SOCIAL_WORKER)
        Person startedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-11-26T10:00:00Z")
        Instant startedAt,
        @Schema(description = "When it went to the practice manager; null until then",
                example = "2026-11-27T09:30:00Z")
        Instant submittedAt,
        @Schema(description = "The eight steps of 002 s.12, in order")
        List<ClosureStepDto> steps,
        @Schema(description = "The practice manager's oversight; null until decided")
        ClosureDecisionDto decision,
        @Schema(description = "The day the case closed (Europe/London); null unless CLOSED", example = "2026-11-27")
        LocalDate closedOn,
        @Schema(description = "The closure's version, for If-Match", example = "2")
        long version) {
}
