package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.PendingDecisionsDto;
import io.casework.approvals.service.PendingDecisionsService;
import io.casework.backbone.access.AccessClass;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/teams/{team}/pending-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval requests")
// Managers only, by the organisation model as it is now: the service checks, and answers 403 to anyone else.
@Authenticated
public class PendingDecisionsResource {

    @Inject
    PendingDecisionsService dashboard;

    @GET
    @Operation(operationId = "getTeamPendingDecisions",
            summary = "A manager's dashboard: a team's pending decisions per person, with age, deadline and "
                    + "escalations",
            description = "For the team's practice manager and team manager, and the senior manager and head of "
                    + "service of its service area. Counts per person a request waits for (including those it was "
                    + "rerouted or escalated to), longest waiting first: how many, since when, the next due date, "
                    + "how many are overdue and how many were escalated. Names staff only, never a child.")
    @APIResponse(responseCode = "403", description = "Not a manager of the team (problem access-refused)")
    @APIResponse(responseCode = "404", description = "No such team in the organisation model (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public PendingDecisionsDto get(@PathParam("team") @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,59}$",
            message = "must be a team's id") String team) {
        return dashboard.forTeam(team);
    }
}
