package io.casework.backbone.access.enforce;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;

import java.time.Instant;
import java.util.UUID;

/** One access to one child's data, allowed or refused, as it goes into the child's access log (002 s.5). */
public record AccessRecord(UUID childId, AccessClass accessClass, String action, String purpose,
                           AccessDecision decision, AccessingPerson person, Instant at) {
}
