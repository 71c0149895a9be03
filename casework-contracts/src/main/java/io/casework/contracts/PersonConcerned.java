package io.casework.contracts;

/**
 * Whose personal information a removal concerns: the child, their family, or someone else altogether (a third party's
 * details recorded on the child's record by mistake are the common case of 002 s.5's guidance).
 */
public enum PersonConcerned {
    CHILD,
    PARENT_OR_CARER,
    OTHER_FAMILY_MEMBER,
    THIRD_PARTY
}
