package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One statement of the entry, classed as fact, opinion, assessment, judgement or decision, and as first-hand or
 * third-party with its source named (001 "Accuracy", 002 s.6, 003 s.4): instead of a colour or a font, a screen can
 * show each class its own way.
 */
@Schema(description = "One statement of the entry with its class and source (001 \"Accuracy\", 002 s.6, 003 s.4). A "
        + "draft may leave fields out; submitting needs the text, the kind, the source and, for a third-party "
        + "statement, who it came from")
public record Statement(
        @Schema(description = "The statement itself", example = "Leo's school attendance this term is 94%.")
        @Size(max = InputLimits.PARAGRAPH) String text,
        @Schema(description = "FACT, OPINION, ASSESSMENT, JUDGEMENT or DECISION", example = "FACT")
        StatementKind kind,
        @Schema(description = "FIRST_HAND (the author saw or heard it) or THIRD_PARTY (someone else said it)",
                example = "THIRD_PARTY")
        InformationSource source,
        @Schema(description = "Who the information came from, by name and role; required for a THIRD_PARTY "
                + "statement", example = "Ms Ahmed, designated safeguarding lead at Leo's school")
        @Size(max = InputLimits.LINE) String sourceName) {
}
