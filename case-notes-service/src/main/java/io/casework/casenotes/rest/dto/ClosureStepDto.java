package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.closure.ClosureStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One step of a closure's checklist: whether done, by whom and when, and the entry on the record it links to. */
@Schema(description = "One of the eight steps of 002 s.12, done or not")
public record ClosureStepDto(
        @Schema(description = "The step", example = "CLOSING_SUMMARY")
        ClosureStep step,
        @Schema(description = "Its number in 002 s.12", example = "1")
        int number,
        @Schema(description = "Whether it is the manager's oversight (step 3), done by the practice manager's "
                + "decision rather than recorded by the worker", example = "false")
        boolean managers,
        @Schema(description = "Whether it is done", example = "true")
        boolean done,
        @Schema(description = "The case note that is the step (closing summary, chronology entry); null for the other "
                + "steps and until done", example = "5a4c2e1f-3b6d-4f8a-9c0e-1d2f3a4b5c6d")
        UUID noteId,
        @Schema(description = "The management entry with the reasons for closure (step 3, once approved); null "
                + "otherwise", example = "7e6d5c4b-3a2f-4e1d-8c9b-0a1f2e3d4c5b")
        UUID managementEntryId,
        @Schema(description = "What was done, as recorded; null when nothing was said",
                example = "Letter sent to the child's mother on 26 November")
        String details,
        @Schema(description = "Who did it, as they were then; null until done", example = Person.Examples.SOCIAL_WORKER)
        Person doneBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z); null until done", example = "2026-11-26T14:05:00Z")
        Instant doneAt) {
}
