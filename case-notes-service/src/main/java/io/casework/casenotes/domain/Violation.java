package io.casework.casenotes.domain;

/** A field the record lacks or gets wrong, and why, in words that name the seed the rule comes from. */
public record Violation(String field, String message) {
}
