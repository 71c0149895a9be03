package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;

/**
 * The child's own words and views, held apart from the worker's account so that every screen can show them
 * distinctly (003: "bold red"; 001: italics), with how they were obtained (001, 003 s.4).
 */
public record ChildsVoice(@Size(max = InputLimits.PARAGRAPH) String words,
                          @Size(max = InputLimits.LINE) String howObtained) {
}
