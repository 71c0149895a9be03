package io.casework.casenotes.domain;

/**
 * How a significant event bears on the child. 003 s.6: "Significant events can have both a positive and negative
 * impact on the child. Positive events are equally important", so a chronology shows them all and says which.
 */
public enum Impact {
    POSITIVE,
    NEGATIVE,
    /** Both at once: a move that ends a risk and parts the child from a carer they love. */
    MIXED
}
