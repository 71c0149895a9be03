package io.casework.casenotes.domain;

/**
 * Who may ask for a child's records (002 s.9, UK GDPR Art. 15): the child themselves, a parent with parental
 * responsibility acting for the child, or someone the child or parent authorised to act for them.
 */
public enum RequesterRelationship {
    CHILD,
    PARENT_WITH_PARENTAL_RESPONSIBILITY,
    REPRESENTATIVE
}
