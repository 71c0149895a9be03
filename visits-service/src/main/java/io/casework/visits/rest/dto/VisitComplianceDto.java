package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A team's visit compliance over a period, counted; no child is named. */
@Schema(description = "A team's visit compliance over a period, counted (no child is named): visits due in the "
        + "period and how they were met, and the visits made in it, seen alone and bedroom seen")
public record VisitComplianceDto(
        @Schema(description = "The team", example = "north")
        String team,
        @Schema(description = "The first day of the period", example = "2026-01-01")
        LocalDate from,
        @Schema(description = "The last day of the period", example = "2026-03-31")
        LocalDate to,
        @Schema(description = "Every kind of visit together")
        Counts total,
        @Schema(description = "The same counts for each kind of visit the team has (CP, CLA, CIN, "
                + "PRIVATE_FOSTERING, CARE_LEAVER_KIT)")
        List<Counts> byKind,
        @Schema(description = "Children of the team whose visit waiting is past its due date today: not seen within "
                + "their timescale (listDueVisits with team and status=OVERDUE lists them)", example = "2")
        long childrenNotSeenInTimescale) {

    /** The counts for one kind of visit, or all. */
    @Schema(description = "Visit compliance counts")
    public record Counts(
            @Schema(description = "The kind of visit; null for the total", example = "CP")
            String visitKind,
            @Schema(description = "Visits due in the period", example = "40")
            long due,
            @Schema(description = "Of those, met on or before the due date", example = "36")
            long inTime,
            @Schema(description = "Of those, met after the due date", example = "3")
            long late,
            @Schema(description = "Of those, not met yet", example = "1")
            long notYetMet,
            @Schema(description = "Visits made in the period that met a statutory visit", example = "41")
            long visitsMade,
            @Schema(description = "Of those, where the child was seen alone", example = "30")
            long seenAlone,
            @Schema(description = "Of those made on a CP or CLA statutory visit, where the bedroom was seen (003 s.5b "
                    + "g)", example = "25")
            long bedroomSeen,
            @Schema(description = "CP and CLA visits made, the base of bedroomSeen", example = "28")
            long bedroomExpected,
            @Schema(description = "Of the visits made, those unannounced", example = "6")
            long unannounced) {
    }
}
