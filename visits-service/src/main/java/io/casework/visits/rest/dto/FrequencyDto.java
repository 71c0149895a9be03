package io.casework.visits.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A visit frequency of the authority's rule set, as a front-end shows it: what it says and where it comes from. */
@Schema(description = "A visit frequency of the authority's rule set, with its source")
public record FrequencyDto(
        @Schema(description = "Its id in the rule set, the same across authorities", example = "cla-placement-until-18")
        String rule,
        @Schema(description = "What it says", example = "Statutory visit to a looked-after child whose placement is "
                + "intended to last until 18: within a week of the start, at most 6 weeks apart in the placement's "
                + "first year, then at most 3 months apart")
        String what,
        @Schema(description = "Where it comes from: LEGISLATION, SEED (a council's recording policy) or "
                + "LOCAL_STANDARD", example = "LEGISLATION")
        String sourceKind,
        @Schema(description = "The regulation and provision, the seed's section, or what the local standard rests "
                + "on", example = "Care Planning, Placement and Case Review (England) Regulations 2010, reg 28")
        String source,
        @Schema(description = "The intervals in force in turn, e.g. \"6 WEEKS until 12 MONTHS since the start\", "
                + "\"3 MONTHS\"", example = "[\"6 WEEKS until 12 MONTHS since the start\", \"3 MONTHS\"]")
        List<String> stages) {
}
