package io.casework.casenotes.domain;

/** Whether the author saw or heard it themselves, or was told it by someone else (001, 002 s.6, 003 s.4). */
public enum InformationSource {
    FIRST_HAND,
    /** Told by someone else, who is named (002 s.6: "the source of any information must be recorded"). */
    THIRD_PARTY
}
