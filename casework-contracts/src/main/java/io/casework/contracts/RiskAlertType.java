package io.casework.contracts;

/**
 * The kinds of risk alert the authority records on a child's front screen (001 "Risk Alerts"): the three examples
 * the policy gives ("Dangerous pet; Persons known to be violent; and Need to protect information") and the others it
 * names beside them ("Allegations and Offences as well as Risks to Children and MAPPA"). Shared by case-notes-service,
 * which records alerts, and approvals-service, which shows the head of service what is asked.
 */
public enum RiskAlertType {
    DANGEROUS_PET,
    PERSON_KNOWN_TO_BE_VIOLENT,
    NEED_TO_PROTECT_INFORMATION,
    ALLEGATION,
    OFFENCE,
    RISK_TO_CHILDREN,
    /** Multi-Agency Public Protection Arrangements. */
    MAPPA
}
