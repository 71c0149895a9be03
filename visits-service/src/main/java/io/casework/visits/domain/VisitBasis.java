package io.casework.visits.domain;

import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.VisitKind;
import io.casework.contracts.events.PathwayStepStarted;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pathway steps are a basis of visits (004 "Case Pathway"), of which kind, from which day, and in which
 * circumstances: a CP or CIN plan from its start; a placement of a looked-after child from its start, with its type,
 * arrangement and whether it is meant to last until 18, and the legal status of the episode it is part of (reg 28);
 * a private fostering arrangement from the day the authority became aware of it (reg 8); a care leaver's eligibility
 * from its start (004 KIT contacts).
 */
public record VisitBasis(VisitKind kind, LocalDate startDate, Map<String, String> facts) {

    /** The placement's own facts a visit frequency may be chosen by, as the pathway details schema names them. */
    private static final Set<String> PLACEMENT_FACTS = Set.of("placementType", "arrangement", "intendedToLastUntil18");

    public static Optional<VisitBasis> of(PathwayStepStarted step, String legalStatus) {
        PathwayStepKind kind;
        try {
            kind = PathwayStepKind.valueOf(step.kind());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, Object> details = step.details() == null ? Map.of() : step.details();
        return Optional.ofNullable(switch (kind) {
            case CHILD_PROTECTION_PLAN -> new VisitBasis(VisitKind.CP, step.startDate(), Map.of());
            case CHILD_IN_NEED_PLAN -> new VisitBasis(VisitKind.CIN, step.startDate(), Map.of());
            case PLACEMENT -> new VisitBasis(VisitKind.CLA, step.startDate(), placementFacts(details, legalStatus));
            case PRIVATE_FOSTERING_ARRANGEMENT -> new VisitBasis(VisitKind.PRIVATE_FOSTERING,
                    Optional.ofNullable(details.get("authorityAwareOn")).map(Object::toString).map(LocalDate::parse)
                            .orElse(step.startDate()), Map.of());
            case LEAVING_CARE_ELIGIBILITY -> new VisitBasis(VisitKind.CARE_LEAVER_KIT, step.startDate(), Map.of());
            default -> null;
        });
    }

    private static Map<String, String> placementFacts(Map<String, Object> details, String legalStatus) {
        Map<String, String> facts = new HashMap<>();
        details.forEach((name, value) -> {
            if (PLACEMENT_FACTS.contains(name) && value != null) {
                facts.put(name, value.toString());
            }
        });
        if (legalStatus != null) {
            facts.put("legalStatus", legalStatus);
        }
        return Map.copyOf(facts);
    }
}
