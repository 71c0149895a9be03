package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The entry records a significant event for the chronology: what happened, and who has been affected and how (003
 * s.6, its example table; 003 s.6b: "significant observation during home visits" counts, whatever the entry's type).
 * The people affected, by name, and whether the impact was positive, negative or mixed were added for the chronology
 * (DOMAIN.md rule 5); both are optional, so that notes written before, and clients that do not send them, stay valid.
 */
@Schema(description = "A significant event for the chronology (003 s.6): what happened and who has been affected and "
        + "how; the event's date is the note's. Required on a SIGNIFICANT_EVENT note, allowed on any other (a "
        + "significant observation on a home visit counts, 003 s.6b)")
public record SignificantEvent(
        @Schema(description = "What happened", example = "Police called to the home after an argument; Mr B arrested")
        @Size(max = InputLimits.PARAGRAPH) String whatHappened,
        @Schema(description = "Who has been affected and how",
                example = "Leo and Ava heard the argument; Ms A is unable to meet their needs while injured")
        @Size(max = InputLimits.PARAGRAPH) String whoIsAffectedAndHow,
        @Schema(description = "The people affected, each by name and relationship to the child; absent when not "
                + "recorded")
        @Size(max = InputLimits.LIST_ITEMS) List<@Valid @NotNull PersonAffected> peopleAffected,
        @Schema(description = "Whether the event's impact on the child was POSITIVE, NEGATIVE or MIXED (003 s.6: "
                + "positive events count too); absent when not recorded", example = "NEGATIVE")
        Impact impact) {
}
