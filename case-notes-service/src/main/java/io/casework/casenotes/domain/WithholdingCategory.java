package io.casework.casenotes.domain;

/**
 * Why an item is left out of what a child or family is given, as the export lists it by category without its content.
 * The first three are the reasons of 002 s.8; crime prevention is the fourth reason a note's withheld section may give
 * (001 "Confidentiality"); legal privilege and any other exemption of the Data Protection Act 2018 (Sch. 2 to 4) are
 * for what a council's data protection officer advises beyond the seeds.
 */
public enum WithholdingCategory {
    SERIOUS_HARM("Information that could cause serious harm to you or someone else if it were shared"),
    GIVEN_IN_CONFIDENCE("Information someone gave us in confidence"),
    THIRD_PARTY_OBJECTION("Information about another person, who has asked that it is not shared"),
    CRIME_PREVENTION("Information that could affect the prevention or detection of crime"),
    LEGAL_PRIVILEGE("Legal advice the council received"),
    OTHER_EXEMPTION("Information the law allows us to keep back for another reason");

    private final String plainWords;

    WithholdingCategory(String plainWords) {
        this.plainWords = plainWords;
    }

    /** The category as a family reads it in the export (002 s.9: "a form that children and families understand"). */
    public String plainWords() {
        return plainWords;
    }

    /** The category a worker's recorded reason for withholding falls in (002 s.8). */
    public static WithholdingCategory of(WithholdingReason reason) {
        return switch (reason) {
            case SERIOUS_HARM -> SERIOUS_HARM;
            case GIVEN_IN_CONFIDENCE -> GIVEN_IN_CONFIDENCE;
            case THIRD_PARTY -> THIRD_PARTY_OBJECTION;
            case CRIME_PREVENTION -> CRIME_PREVENTION;
        };
    }
}
