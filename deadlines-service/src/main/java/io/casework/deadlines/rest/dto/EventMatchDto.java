package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(description = "An event of the suite that opens, meets or cancels a tracked rule's deadline, with the values "
        + "its data must have")
public record EventMatchDto(
        @Schema(description = "The event type's name", example = "casework.case-notes.pathway-step-started")
        String event,
        @Schema(description = "Fields of the event's data, each with the values that match (compared as text); "
                + "empty when every event of the type matches", example = "{\"kind\": [\"CF_ASSESSMENT\"]}")
        Map<String, List<String>> when) {
}
