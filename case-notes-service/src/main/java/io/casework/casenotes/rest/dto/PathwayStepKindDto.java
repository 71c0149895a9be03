package io.casework.casenotes.rest.dto;

import io.casework.contracts.PathwayStepKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** What a kind of pathway step is, as data for screens. */
@Schema(description = "A kind of step on the case pathway (004 \"Case Pathway\"), as data: what it may be part of, "
        + "whether it is a meeting, whether a worker starts it or only an outcome opens it, whether it lasts until "
        + "ended, its outcomes and who authorises them, and the JSON Schemas of its own facts and its outcome's")
public record PathwayStepKindDto(
        @Schema(description = "The kind", example = "PLACEMENT")
        PathwayStepKind kind,
        @Schema(description = "The kinds it is part of; empty when it stands on the pathway itself",
                example = "[\"LOOKED_AFTER_EPISODE\"]")
        List<PathwayStepKind> partOf,
        @Schema(description = "Whether it is scheduled and held", example = "false")
        boolean meeting,
        @Schema(description = "Whether a worker starts it (startPathwayStep); false when only an outcome opens it",
                example = "true")
        boolean startable,
        @Schema(description = "Whether it goes on until ended", example = "true")
        boolean lasting,
        @Schema(description = "Whether a chair is named when it is held", example = "false")
        boolean needsChair,
        @Schema(description = "The approvals kind that authorises its outcomes; null when they take effect at once",
                example = "S47_OUTCOME")
        String authorisedBy,
        @Schema(description = "Its outcomes and what each opens")
        List<PathwayOutcomeOptionDto> outcomes,
        @Schema(description = "The JSON Schema (2020-12) of its own facts (details)", example = "{\"type\": "
                + "\"object\", \"additionalProperties\": false, \"properties\": {\"placementType\": {\"type\": "
                + "\"string\", \"enum\": [\"U1\", \"U3\", \"K2\"]}}, \"required\": [\"placementType\"]}")
        Map<String, Object> detailsSchema,
        @Schema(description = "The JSON Schema (2020-12) of its outcome's facts", example = "{\"type\": "
                + "\"object\", \"additionalProperties\": false}")
        Map<String, Object> outcomeDetailsSchema) {
}
