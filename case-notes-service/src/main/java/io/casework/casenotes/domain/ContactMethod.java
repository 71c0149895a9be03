package io.casework.casenotes.domain;

/**
 * How a contact was made. 001 "Case Records" lists conversations, phone calls, visits, letters and emails; 003 s.6c
 * leaves telephone calls (attempted ones included) and office meetings out of a court chronology, so they are told
 * apart here.
 */
public enum ContactMethod {
    TELEPHONE,
    ATTEMPTED_TELEPHONE,
    IN_PERSON,
    OFFICE_MEETING,
    VIDEO,
    EMAIL,
    LETTER,
    TEXT_MESSAGE
}
