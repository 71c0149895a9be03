package io.casework.casenotes.domain;

/**
 * Where an interpreter came from (001, 003 s.4: "a contracted service or a named staff member, family member and/or
 * friend").
 */
public enum InterpreterSource {
    CONTRACTED,
    STAFF,
    FAMILY,
    FRIEND
}
