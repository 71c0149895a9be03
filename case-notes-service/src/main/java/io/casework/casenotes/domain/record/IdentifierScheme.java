package io.casework.casenotes.domain.record;

/**
 * The registers a child's identifiers come from (002 s.6: "any identification number"). Each scheme's own format
 * is checked where it has one ({@link RecordRules}); an identifier from any other system names that system.
 */
public enum IdentifierScheme {
    /** The NHS number: ten digits, the last a check digit (modulus 11). */
    NHS_NUMBER,
    /** The Department for Education's unique pupil number: a check letter and twelve characters. */
    UNIQUE_PUPIL_NUMBER,
    /** The National Insurance number of a young person or care leaver. */
    NATIONAL_INSURANCE_NUMBER,
    /** A Home Office reference, for a child whose immigration status is being decided. */
    HOME_OFFICE_REFERENCE,
    /** The child's id in another system (a previous case record, the early help module, health): name it. */
    OTHER_SYSTEM
}
