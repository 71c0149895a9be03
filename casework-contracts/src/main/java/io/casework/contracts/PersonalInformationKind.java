package io.casework.contracts;

/**
 * What kind of personal information a removal concerns (002 s.5, the "Removal of Factually Inaccurate Personal
 * Information" guidance it names): recorded on the request, shown to the decider and kept on the record once removed,
 * so that the record says what kind of thing was taken out without saying the thing itself.
 */
public enum PersonalInformationKind {
    /** A diagnosis, condition, treatment or medication. */
    HEALTH,
    /** An address, telephone number or e-mail address (a wrong address is the common case, 002 s.5). */
    ADDRESS_OR_CONTACT_DETAILS,
    /** A name, date of birth or identifying number. */
    IDENTITY,
    /** Who is related to whom, who lives where, who holds parental responsibility. */
    FAMILY_AND_RELATIONSHIPS,
    /** A criminal record, an allegation or a police matter. */
    CRIMINAL_OR_ALLEGATION,
    /** Schooling, training or work. */
    EDUCATION_OR_EMPLOYMENT,
    /** Money, benefits, debts. */
    FINANCIAL,
    /** Anything else personal; the request's reason says what. */
    OTHER
}
