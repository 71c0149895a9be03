package io.casework.casenotes.domain;

/**
 * The child's own words and views, held apart from the worker's account so that every screen can show them
 * distinctly (003: "bold red"; 001: italics), with how they were obtained (001, 003 s.4).
 */
public record ChildsVoice(String words, String howObtained) {
}
