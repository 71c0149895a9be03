package io.casework.casenotes.domain.closure;

/**
 * Why a child's case closes: the situations 002 s.12 "Additional Considerations" names, each followed through the
 * same eight steps. A referral closed with no further action also gives the referrer feedback on the decision and its
 * reasons ("feedback should be provided to referrers about the decision and the reasons for making it").
 */
public enum ClosureReason {
    NO_FURTHER_ACTION_ON_REFERRAL,
    ASSESSMENT_COMPLETED_NO_PLAN,
    CHILD_IN_NEED_PLAN_ENDED,
    CHILD_PROTECTION_PLAN_ENDED,
    SUPERVISION_ORDER_ENDED,
    SPECIAL_GUARDIANSHIP_ORDER_MADE,
    LEAVING_CARE_SUPPORT_ENDED,
    MOVED_OUT_OF_AREA,
    OTHER;

    /** Whether the referrer's feedback must be recorded when the closure starts. */
    public boolean needsReferrerFeedback() {
        return this == NO_FURTHER_ACTION_ON_REFERRAL;
    }
}
