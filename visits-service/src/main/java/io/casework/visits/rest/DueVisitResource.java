package io.casework.visits.rest;

import io.casework.backbone.rest.RequestParams;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import io.casework.visits.rest.dto.DueVisitView;
import io.casework.visits.service.VisitQueryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The worktray of statutory visits a team has due. */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
    Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO})
@Tag(name = "Statutory visits")
public class DueVisitResource {

    @Inject
    VisitQueryService visits;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("/due")
    @Operation(summary = "A team's statutory visits due",
            description = "Planned statutory visits due on or before a date, soonest (and so the overdue) first.")
    public List<DueVisitView> due(
            @Parameter(description = "The team; the caller's own team when left out")
            @QueryParam("team") @Size(min = 1, max = 100) String team,
            @Parameter(description = "Last due date to include, yyyy-MM-dd; today when left out")
            @QueryParam("until") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String until) {
        String forTeam = team != null ? team : caller.team();
        LocalDate dueBy = until != null ? RequestParams.queryDate("until", until) : LocalDate.now(clock);
        return visits.dueFor(forTeam, dueBy);
    }
}
