package io.casework.contracts;

/**
 * Why information is factually inaccurate, the first of the criteria for removing it (002 s.5). Each is a matter of
 * fact that evidence can settle; a disagreement with an opinion, an assessment or a judgement is none of them: the
 * original stays, because decisions were made on it, and a case note records the child's or parent's view (002 s.5),
 * or a team manager's amendment corrects it (001 "Case Record Integrity").
 */
public enum RemovalGround {
    /** It is about someone this record is not about, recorded here by mistake (another family's case, say). */
    RECORDED_ON_WRONG_RECORD,
    /** It says something of a person it does not concern: the right fact, the wrong person. */
    ATTRIBUTED_TO_WRONG_PERSON,
    /** A statement of fact that evidence shows was never true (an address the family never lived at). */
    FACT_SHOWN_UNTRUE
}
