package io.casework.casenotes.domain;

import io.casework.contracts.PlanType;
import io.casework.backbone.security.Roles;

import static io.casework.casenotes.domain.AccessDecision.Outcome.ALLOWED;
import static io.casework.casenotes.domain.AccessDecision.Outcome.ALLOWED_WITH_PURPOSE;
import static io.casework.casenotes.domain.AccessDecision.Outcome.PURPOSE_REQUIRED;
import static io.casework.casenotes.domain.AccessDecision.Outcome.REFUSED;

/**
 * Who may read or write a child's record: roles alone are not enough (ARCHITECTURE "Security"; DOMAIN rule 9: staff
 * see only records for their caseload or management responsibility; 002 s.5: every access logged with its purpose).
 * Outside the caseload, a same-team read with a stated purpose is allowed and logged: duty cover is part of team work.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The facts about the child that access depends on. */
    public record ChildFacts(String team, String allocatedWorker, PlanType planType) {
    }

    public static AccessDecision decide(AccessRequest request, ChildFacts child) {
        if (request.username().equals(child.allocatedWorker())) {
            return AccessDecision.of(ALLOWED, "allocated worker");
        }
        if (request.hasRole(Roles.HEAD_OF_SERVICE) || request.hasRole(Roles.SENIOR_MANAGER)) {
            return AccessDecision.of(ALLOWED, "management responsibility for the service area");
        }
        boolean sameTeam = request.team() != null && request.team().equals(child.team());
        if (sameTeam && (request.hasRole(Roles.PRACTICE_MANAGER) || request.hasRole(Roles.TEAM_MANAGER)
                || request.hasRole(Roles.SENIOR_PRACTITIONER))) {
            return AccessDecision.of(ALLOWED, "management line of team " + child.team());
        }
        // 001 "Restricted Records": the IRO sees a looked-after child's record; reviewing is reading, not writing.
        if (request.hasRole(Roles.IRO) && child.planType() == PlanType.CLA && !request.write()) {
            return AccessDecision.of(ALLOWED, "independent reviewing officer of a looked-after child");
        }
        if (sameTeam && !request.write()) {
            return request.hasPurpose()
                    ? AccessDecision.of(ALLOWED_WITH_PURPOSE, "same team, purpose given")
                    : AccessDecision.of(PURPOSE_REQUIRED, "not on caller's caseload: a purpose is required");
        }
        return AccessDecision.of(REFUSED, sameTeam
                ? "only the allocated worker or the team's managers may write to this record"
                : "child is not on the caller's caseload or management line");
    }

    /**
     * {@code record.audit}: the child's access log and the verification of its chain (ACCESS-RULES). The managers of the
     * child's team and of its service area answer for the record's integrity; the workers whose entries it holds do
     * not audit themselves, and an IRO reviews the child's plan, not the record's keeping.
     */
    public static AccessDecision decideAudit(AccessRequest request, ChildFacts child) {
        if (request.hasRole(Roles.HEAD_OF_SERVICE) || request.hasRole(Roles.SENIOR_MANAGER)) {
            return AccessDecision.of(ALLOWED, "management responsibility for the service area");
        }
        boolean sameTeam = request.team() != null && request.team().equals(child.team());
        if (sameTeam && (request.hasRole(Roles.PRACTICE_MANAGER) || request.hasRole(Roles.TEAM_MANAGER))) {
            return AccessDecision.of(ALLOWED, "management line of team " + child.team());
        }
        return AccessDecision.of(REFUSED, "only the managers of the child's team and service area may audit its record");
    }
}
