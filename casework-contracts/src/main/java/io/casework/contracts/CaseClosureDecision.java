package io.casework.contracts;

/**
 * The decision kind by which the practice manager of the child's team decides a case closure (002 s.12 step 3:
 * "Management Oversight detailing the reasons No Further Action or case closure is appropriate must be documented on
 * each child / young person's record"). case-notes-service asks (case-closure-requested), approvals-service routes
 * it and records the decision with its reasons, and case-notes-service applies it: an approval closes the case.
 */
public enum CaseClosureDecision {
    CASE_CLOSURE;

    /** Whether a decision of this kind is a case closure's. */
    public static boolean covers(String kind) {
        return CASE_CLOSURE.name().equals(kind);
    }
}
