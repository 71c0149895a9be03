package io.casework.visits.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.backbone.security.Caller;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.service.DueFilter;
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
import java.util.Optional;

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

    @Inject
    Caller caller;

    @GET
    @Path("/due")
    @Operation(operationId = "listDueVisits", summary = "The statutory visits due of the children I may see, a page at a time",
            description = "Planned statutory visits due on or before a date, soonest (and so the overdue) first, of "
                    + "the children on my caseload or management line, each with whether it is OVERDUE, DUE_SOON or "
                    + "LATER, the day the child was last seen and any failed access open; a child I may open only "
                    + "with a stated purpose is shown without details (detailsWithheld). A worker's own view is "
                    + "allocatedTo=me (due soon and overdue: status); failedAccess=true lists the children whose "
                    + "visits keep failing; a manager's children not seen within their timescale are "
                    + "team=<team>&status=OVERDUE. Each child shown is logged on its access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<DueVisitDto> due(
            @Parameter(description = "Only this team's children; every team's I may see when left out")
            @QueryParam("team") @Size(min = 1, max = 100) String team,
            @Parameter(description = "Last due date to include, yyyy-MM-dd; today when left out")
            @QueryParam("until") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String until,
            @Parameter(description = "Only the children allocated to this worker (a username), or to me with `me`")
            @QueryParam("allocatedTo") @Size(min = 1, max = 200) String allocatedTo,
            @Parameter(description = "OVERDUE: only visits past their due date; DUE_SOON: only those due from today "
                    + "to the due-soon working days ahead. `until`, or its default, still bounds the list")
            @QueryParam("status") @Pattern(regexp = "OVERDUE|DUE_SOON", message = "must be OVERDUE or DUE_SOON")
            String status,
            @Parameter(description = "true: only the children with failed access open (004 \"Failed visits\")")
            @QueryParam("failedAccess") @Pattern(regexp = "true|false", message = "must be true or false")
            String failedAccess,
            @BeanParam PageParams page) {
        LocalDate dueBy = until != null ? RequestParams.queryDate("until", until)
                : status != null ? LocalDate.MAX : LocalDate.now(clock);
        DueFilter filter = new DueFilter(Optional.ofNullable(team),
                Optional.ofNullable(allocatedTo).map(worker -> "me".equals(worker) ? caller.username() : worker),
                dueBy, Optional.ofNullable(status).map(DueFilter.Status::valueOf), "true".equals(failedAccess));
        return visits.dueFor(filter, page.query(PlannedVisitRepository.cursorKeys()));
    }
}
