package io.casework.casenotes.domain;

/**
 * Why information is kept from the child or family: the reasons of 002 s.8 and 001 "Confidentiality". Any other
 * reason is not one, and a manager must then make the information available (002 s.8).
 */
public enum WithholdingReason {
    /** Sharing it would be likely to result in serious harm to the child or another person. */
    SERIOUS_HARM,
    /** It was given in the expectation that it would not be disclosed. */
    GIVEN_IN_CONFIDENCE,
    /** It concerns, or would identify, a third party who has not agreed to its being shared. */
    THIRD_PARTY,
    /** Sharing it would be likely to prejudice the prevention or detection of crime. */
    CRIME_PREVENTION
}
