package io.casework.backbone.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.casework.backbone.access.Grant.NO;
import static io.casework.backbone.access.Grant.WITH_PURPOSE;
import static io.casework.backbone.access.Grant.YES;

/**
 * Who may do what with a child's data: the one access policy of the suite, called by every service for every piece
 * of a child's data it shows or changes (DOMAIN.md rule 9; 001: "Staff must only access service user records
 * appropriate to their allocated caseload and/or work or management responsibilities"; 002 s.5). The table is
 * ACCESS-RULES.md's; the relations come from the organisation model as it is when the request is made.
 */
public final class AccessPolicy {

    private static final Map<Relation, Map<AccessClass, Grant>> TABLE = new EnumMap<>(Relation.class);

    static {
        row(Relation.ALLOCATED, YES, YES, NO, NO);
        row(Relation.SUPERVISOR, YES, YES, NO, NO);
        row(Relation.TEAM, WITH_PURPOSE, WITH_PURPOSE, NO, NO);
        row(Relation.TEAM_LINE, YES, YES, YES, YES);
        // Managers of the area decide (record.manage) only what their post decides; approvals-service checks which.
        row(Relation.AREA_LINE, WITH_PURPOSE, NO, YES, YES);
        row(Relation.AREA, NO, NO, NO, NO);
        row(Relation.OTHER_AREA, NO, NO, NO, NO);
        row(Relation.IRO_ASSIGNED, YES, YES, NO, NO);
        row(Relation.IRO_OTHER, NO, NO, NO, NO);
        row(Relation.ADOPTION, WITH_PURPOSE, NO, NO, NO);
        row(Relation.NONE, NO, NO, NO, NO);
    }

    private AccessPolicy() {
    }

    private static void row(Relation relation, Grant read, Grant write, Grant manage, Grant audit) {
        Map<AccessClass, Grant> cells = new EnumMap<>(AccessClass.class);
        cells.put(AccessClass.RECORD_READ, read);
        cells.put(AccessClass.RECORD_WRITE, write);
        cells.put(AccessClass.RECORD_MANAGE, manage);
        cells.put(AccessClass.RECORD_AUDIT, audit);
        TABLE.put(relation, cells);
    }

    /** The cell of the table for a relation and a class of a child's data (the record classes only). */
    public static Grant grant(Relation relation, AccessClass accessClass) {
        Grant grant = TABLE.get(relation).get(accessClass);
        if (grant == null) {
            throw new IllegalArgumentException(accessClass.wire() + " is not about one child's record");
        }
        return grant;
    }

    /**
     * Whether a person is off a restricted record's list (ACCESS-RULES.md "Restricted child"): the child is restricted
     * and none of their relations to it puts them on its list, or they hold no post at all. False for a child that is
     * not restricted. Used where a step must not go to someone off the list (rerouting a decision) and to tell a
     * refusal of someone off the list, which is alerted, from a refusal of someone on it, which is not.
     */
    public static boolean offRestrictedList(String username, ChildFacts child, Organisation organisation) {
        if (child.restriction() == Restriction.NONE) {
            return false;
        }
        return organisation.member(username)
                .map(member -> Relations.of(member, child, organisation).stream()
                        .noneMatch(relation -> Relations.onRestrictedList(relation, member, child)))
                .orElse(true);
    }

    /**
     * Decides one access to one child's data.
     *
     * @param username     who asks, as their token proves
     * @param purposeGiven whether the request states its purpose ({@code X-Access-Purpose})
     */
    public static AccessDecision decide(AccessClass accessClass, String username, ChildFacts child,
            Organisation organisation, boolean purposeGiven) {
        Optional<StaffMember> caller = organisation.member(username);
        if (caller.isEmpty()) {
            return new AccessDecision(AccessDecision.Outcome.REFUSED, Relation.NONE,
                    "holds no post in the organisation model");
        }
        Set<Relation> relations = Relations.of(caller.get(), child, organisation);
        Relation best = null;
        Grant grant = NO;
        for (Relation relation : relations) {
            if (!Relations.onRestrictedList(relation, caller.get(), child)) {
                continue;
            }
            Grant cell = grant(relation, accessClass);
            if (best == null || cell.or(grant) != grant) {
                best = relation;
                grant = cell;
            }
        }
        if (best == null) {
            return new AccessDecision(AccessDecision.Outcome.REFUSED, relations.iterator().next(),
                    "restricted record: not on its list");
        }
        String basis = best.wire() + ": " + accessClass.wire() + " " + switch (grant) {
            case YES -> "allowed";
            case WITH_PURPOSE -> purposeGiven ? "allowed with the purpose given" : "needs a stated purpose";
            case NO -> "refused";
        };
        AccessDecision.Outcome outcome = switch (grant) {
            case YES -> AccessDecision.Outcome.ALLOWED;
            case WITH_PURPOSE -> purposeGiven ? AccessDecision.Outcome.ALLOWED_WITH_PURPOSE
                    : AccessDecision.Outcome.PURPOSE_REQUIRED;
            case NO -> AccessDecision.Outcome.REFUSED;
        };
        return new AccessDecision(outcome, best, basis);
    }
}
