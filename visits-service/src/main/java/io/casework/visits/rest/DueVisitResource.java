package io.casework.visits.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.service.VisitQueryService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** The worktray of statutory visits a team has due. */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Statutory visits")
public class DueVisitResource {

    @Inject
    VisitQueryService visits;

    @Inject
    Clock clock;

    @GET
    @Path("/due")
    @Operation(operationId = "listDueVisits", summary = "The statutory visits due of the children I may see, a page at a time",
            description = "Planned statutory visits due on or before a date, soonest (and so the overdue) first, of "
                    + "the children on my caseload or management line; a child I may open only with a stated purpose "
                    + "is shown without details (detailsWithheld). Each child shown is logged on its access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<DueVisitDto> due(
            @Parameter(description = "Only this team's children; every team's I may see when left out")
            @QueryParam("team") @Size(min = 1, max = 100) String team,
            @Parameter(description = "Last due date to include, yyyy-MM-dd; today when left out")
            @QueryParam("until") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String until,
            @BeanParam PageParams page) {
        LocalDate dueBy = until != null ? RequestParams.queryDate("until", until) : LocalDate.now(clock);
        return visits.dueFor(team, dueBy, page.query(PlannedVisitRepository.cursorKeys()));
    }
}
