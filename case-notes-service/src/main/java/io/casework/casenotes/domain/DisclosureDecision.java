package io.casework.casenotes.domain;

/** A manager's decision on one item of the record a subject access request covers (002 s.8). */
public enum DisclosureDecision {
    DISCLOSE,
    WITHHOLD
}
