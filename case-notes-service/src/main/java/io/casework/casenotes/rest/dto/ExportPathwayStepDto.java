package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One step of the child's pathway in a subject access export, with its history. A step a roll-back moved out of the
 * current record is still held, so it is given too, marked with the roll-back (000; Art. 15 UK GDPR gives what is
 * held, not only what is current).
 */
@Schema(description = "A pathway step as a subject access export gives it: the step, its history, and, when a "
        + "roll-back moved it out of the current record, which roll-back and when (it is still held)")
public record ExportPathwayStepDto(
        @Schema(description = "The step as it is held")
        PathwayStepDto step,
        @Schema(description = "What was done on it, in the order it was done")
        List<PathwayStepEntryDto> history,
        @Schema(description = "The roll-back that moved it out of the current record; null when it is current",
                example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        UUID rolledBackBy,
        @Schema(description = "The day that roll-back was approved; null when it is current", example = "2026-11-27")
        LocalDate rolledBackOn,
        @Schema(description = "The step that re-added it to the current record after the roll-back; null when it was "
                + "not re-added", example = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID reAddedAs) {
}
