package io.casework.casenotes.domain;

/**
 * On what basis information was shared: with consent, or without it (refused or not sought), when the law or the
 * public interest overrides confidentiality and the reason is recorded (001 "Consent", 003 s.4).
 */
public enum ConsentBasis {
    GIVEN,
    REFUSED,
    NOT_SOUGHT;

    /** Shared without consent: the reason must be recorded (001, 002 s.6). */
    public boolean withoutConsent() {
        return this != GIVEN;
    }
}
