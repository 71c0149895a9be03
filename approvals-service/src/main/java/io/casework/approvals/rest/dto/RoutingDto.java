package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.RoutingReason;
import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One routing of a request: to whom, from whom, why and when. */
@Schema(description = "One routing of a request: opened, or moved on (a leaver, a restricted record, a breached "
        + "deadline), with who it left and who it reached")
public record RoutingDto(
        @Schema(description = "Whom it left; null for the first routing") Person from,
        @Schema(description = "Whom it reached", example = Person.Examples.PRACTICE_MANAGER) Person to,
        @Schema(description = "OPENED; RECORD_RESTRICTED (the assignee is not on a restricted record's list); "
                + "LEFT_THE_LINE, LEFT, MOVED_TEAM (the assignee no longer holds the post: it goes up the line); "
                + "DEADLINE_BREACHED (escalated to the next manager up)", example = "OPENED")
        RoutingReason reason,
        @Schema(description = "When, UTC") Instant routedAt,
        @Schema(description = "Who made the change that moved it: a username, or \"system\" for a breached deadline",
                example = "head.of.service")
        String routedBy) {
}
