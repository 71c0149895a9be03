package io.casework.visits.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A statutory visit on a team's worktray.
 *
 * @param workingDaysLeft working days from today to the due date; 0 on the day, negative once overdue
 */
@Schema(description = "A statutory visit due, on a worktray. For a child you may open only with a stated purpose, "
        + "givenName, familyName, allocatedWorker and planType are null and detailsWithheld is true")
public record DueVisitDto(
        @Schema(description = "The planned statutory visit's id", example = "2e4f6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a9c")
        UUID id,
        @Schema(description = "The child to visit", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The child's given name, as the child's record now has it; null when details are "
                + "withheld", example = "Leo", maxLength = 200)
        String givenName,
        @Schema(description = "The child's family name, as the child's record now has it; null when details are "
                + "withheld", example = "Example", maxLength = 200)
        String familyName,
        @Schema(description = "The worker the case is allocated to. Full name, designation and team as the "
                + "organisation model holds them now; only the username if this service does not know them; null "
                + "when details are withheld", example = Person.Examples.SOCIAL_WORKER)
        Person allocatedWorker,
        @Schema(description = "The plan the child is on; null when details are withheld", example = "CP")
        PlanType planType,
        @Schema(description = "The last day on which the visit is in time, an ISO-8601 date in England",
                example = "2026-03-06")
        LocalDate dueDate,
        @Schema(description = "True once the due date has passed without a statutory visit, as of today in England",
                example = "false")
        boolean overdue,
        @Schema(description = "Working days (England and Wales) from today to the due date: 0 on the day, "
                + "negative once overdue", example = "4")
        int workingDaysLeft,
        @Schema(description = "True when the child is shown without details: open the child with "
                + "X-Access-Purpose to see them", example = "false")
        boolean detailsWithheld,
        @Schema(description = "Which visits: CP, CLA, CIN, PRIVATE_FOSTERING or CARE_LEAVER_KIT", example = "CP")
        VisitKind visitKind,
        @Schema(description = "OVERDUE (its due date has passed), DUE_SOON (due within the service's due-soon "
                + "working days, 5 unless set) or LATER", example = "DUE_SOON")
        String status,
        @Schema(description = "The last day any visit saw the child (Ofsted Annex A \"date child last seen\"); null "
                + "when none has, or when details are withheld", example = "2026-02-20")
        LocalDate lastSeenOn,
        @Schema(description = "The child's open spell of failed access (004 \"Failed visits\"); null when there is "
                + "none, or when details are withheld")
        FailedAccessDto failedAccess) {

    /** The same visit with which visits they are, where it stands, when the child was last seen and failed access. */
    public DueVisitDto with(VisitKind kind, String dueStatus, LocalDate lastSeen, FailedAccessDto failing) {
        return new DueVisitDto(id, childId, givenName, familyName, allocatedWorker, planType, dueDate, overdue,
                workingDaysLeft, detailsWithheld, kind, dueStatus, lastSeen, failing);
    }

    /**
     * A visit of a child the caller may open only with a stated purpose (ACCESS-RULES "Lists"): the date that is
     * due, without the child's names, worker or plan, until the child is opened with a purpose.
     */
    public DueVisitDto withheld() {
        return new DueVisitDto(id, childId, null, null, null, null, dueDate, overdue, workingDaysLeft, true, visitKind,
                status, null, null);
    }
}
