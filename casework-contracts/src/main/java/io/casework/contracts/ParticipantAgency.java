package io.casework.contracts;

/**
 * The agency a participant in a pathway meeting step speaks for. A strategy discussion is compliant only when a
 * children's social care manager, the police and health take part (004 "Strategy Discussions"), so the agency is
 * recorded as data, not read from a free-text role.
 */
public enum ParticipantAgency {
    /** Children's social care: the local authority's social workers and their managers. */
    CHILDRENS_SOCIAL_CARE,
    /** The police. */
    POLICE,
    /** Health: the GP, health visitor, school nurse, hospital or named safeguarding professional. */
    HEALTH,
    /** Education: the school, nursery or college, and the virtual school. */
    EDUCATION,
    /** The probation service. */
    PROBATION,
    /** A parent, carer or other member of the child's family. */
    FAMILY,
    /** The child or young person themselves. */
    CHILD,
    /** Any other agency or person (a voluntary sector worker, an interpreter, an advocate). */
    OTHER
}
