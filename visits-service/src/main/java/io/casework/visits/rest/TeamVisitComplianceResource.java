package io.casework.visits.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.RequestParams;
import io.casework.visits.rest.dto.VisitComplianceDto;
import io.casework.visits.service.VisitComplianceService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team's visit compliance, for its managers. */
@Path("/teams/{team}/visit-compliance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Statutory visits")
public class TeamVisitComplianceResource {

    @Inject
    VisitComplianceService compliance;

    @GET
    @Operation(operationId = "getTeamVisitCompliance", summary = "A team's visit compliance over a period",
            description = "For the team's practice manager and team manager and the senior manager and head of "
                    + "service of its service area, as the organisation model holds them: the visits due in the "
                    + "period (met in time, late, not yet), the visits made (seen alone, bedroom seen on CP and CLA "
                    + "visits, unannounced), in total and by kind of visit, and how many of the team's children are "
                    + "not seen within their timescale today. Counts only: the children are listed, and logged, by "
                    + "listDueVisits with team and status=OVERDUE.")
    @APIResponse(responseCode = "400", description = "A date missing or invalid, or a period longer than 366 days "
            + "(problem period-invalid)")
    @APIResponse(responseCode = "403", description = "Not a manager of the team (problem access-refused)")
    @APIResponse(responseCode = "404", description = "No such team (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public VisitComplianceDto compliance(
            @PathParam("team") @Size(min = 1, max = 100) String team,
            @Parameter(description = "The first day of the period, yyyy-MM-dd", required = true)
            @QueryParam("from") @NotNull
            @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE) String from,
            @Parameter(description = "The last day of the period, yyyy-MM-dd", required = true)
            @QueryParam("to") @NotNull
            @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE) String to) {
        return compliance.compliance(team, RequestParams.queryDate("from", from), RequestParams.queryDate("to", to));
    }
}
