package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The child's own words and views, held apart from the worker's account so that every screen can show them
 * distinctly (003: "bold red"; 001: italics), with how they were obtained (001, 003 s.4).
 */
@Schema(description = "The child's own words and views, held apart from the worker's account: show them distinctly "
        + "(003: bold red; 001: italics)")
public record ChildsVoice(
        @Schema(description = "What the child said or showed, in their own words as far as possible",
                example = "I want to keep going to football on Saturdays.")
        @Size(max = InputLimits.PARAGRAPH) String words,
        @Schema(description = "How the child's words were obtained: where, with whom, and by what means",
                example = "Talking while drawing together, alone in their bedroom")
        @Size(max = InputLimits.LINE) String howObtained) {
}
