package io.casework.casenotes.domain;

/** A care leaver's main activity, as the KIT records it: education, employment or training, or none (004). */
public enum MainActivity {
    EDUCATION,
    TRAINING,
    EMPLOYMENT,
    NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING
}
