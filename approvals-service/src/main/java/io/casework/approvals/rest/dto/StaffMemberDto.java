package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.Post;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A member of staff as the organisation model holds them; {@code leftAt} is set once they have left. The member is
 * keyed by {@code username}, not {@code id}: it is the same key every {@link Person} carries, so that a screen can
 * match the people a response names with the staff list.
 */
@Schema(description = "A member of staff as the organisation model holds them, including one who has left")
public record StaffMemberDto(
        @Schema(description = "The member's username in the council's sign-in realm: their id here, and the "
                + "`username` of every Person object naming them", example = "north.sw1", maxLength = 100)
        String username,
        @Schema(description = "Full name as the record shows it", example = "Sam Example", maxLength = 200)
        String fullName,
        @Schema(description = "Where they get an e-mail for each notification in their inbox; null for none",
                example = "sam.example@casework.example", maxLength = 254)
        String email,
        @Schema(description = "The post they hold (or held last, once they have left)", example = "SOCIAL_WORKER")
        Post post,
        @Schema(description = "The team's id, for a post held in a team (social worker to team manager); null for "
                + "other posts", example = "north", maxLength = 60)
        String team,
        @Schema(description = "The service area's id; null for a post across the authority (IRO, adoption team "
                + "manager)", example = "service-area-1", maxLength = 60)
        String serviceArea,
        @Schema(description = "Who supervises them; null when nobody is named",
                example = Person.Examples.PRACTICE_MANAGER)
        Person supervisor,
        @Schema(description = "When they left, UTC (ISO-8601 with offset Z); null while they hold a post",
                example = "2026-04-30T17:00:00Z")
        Instant leftAt,
        @Schema(description = "The member's version: 1 when they joined, then one more per change",
                example = "2", minimum = "1")
        long version,
        @Schema(description = "When the membership last changed, UTC (ISO-8601 with offset Z)",
                example = "2026-03-01T10:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who changed it last; the demo organisation's rows were written by username "
                + "`migration`, which names nobody and has only the username",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person updatedBy) {
}
