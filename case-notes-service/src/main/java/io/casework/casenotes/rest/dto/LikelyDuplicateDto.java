package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record that may be the same child's. One the caller may see is shown (by id alone when a purpose is needed to open
 * it); one they may not is shown only as existing, with whom to ask (ACCESS-RULES.md: duplicate check).
 */
@Schema(description = "A record that may be the same child's (DOMAIN.md rule 1: one record per child). One you may "
        + "see is shown, by id alone (detailsWithheld) when you may open it only with a stated purpose. One you may "
        + "not see (another team or area, or a restricted record) is only said to exist (hidden): ask the person "
        + "named in askWhom, the team manager of that child's team")
public record LikelyDuplicateDto(
        @Schema(description = "The child's id; null when hidden", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "Given name; null when hidden or withheld", example = "Leo")
        String givenName,
        @Schema(description = "Family name; null when hidden or withheld", example = "Example")
        String familyName,
        @Schema(description = "Preferred name; null when none, hidden or withheld", example = "Lee")
        String preferredName,
        @Schema(description = "Date of birth; null when unborn, hidden or withheld", example = "2015-06-14")
        LocalDate dateOfBirth,
        @Schema(description = "Expected date of birth of an unborn child; null otherwise", example = "2026-07-01")
        LocalDate expectedDateOfBirth,
        @Schema(description = "The team that holds the case; null when hidden or withheld", example = "north")
        String team,
        @Schema(description = "The worker who holds the case; null when hidden or withheld",
                example = Person.Examples.SOCIAL_WORKER)
        Person allocatedWorker,
        @Schema(description = "Why it may be the same child; null when hidden",
                example = "Same date of birth; family name the same; given name spelt alike")
        String why,
        @Schema(description = "True when you may open the record only with a stated purpose: only its id is shown",
                example = "false")
        boolean detailsWithheld,
        @Schema(description = "True for a possible match you cannot see: nothing of it is shown but whom to ask",
                example = "false")
        boolean hidden,
        @Schema(description = "For a hidden match, whom to ask about it: the team manager of that child's team "
                + "(null when that team has none); null otherwise", example = Person.Examples.TEAM_MANAGER)
        Person askWhom) {

    public static final String HIDDEN = "A possible match exists that you cannot see";
}
