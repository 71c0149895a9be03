package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.DecisionKindDto;
import io.casework.approvals.rest.dto.TeamDto;
import io.casework.approvals.rest.dto.TeamUpdateRequest;
import io.casework.approvals.service.OrganisationService;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The organisation model as data: who manages which team, and which decisions need whose approval. */
@Path("/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
        Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER})
public class OrganisationResource {

    @Inject
    OrganisationService organisation;

    @Inject
    Caller caller;

    @GET
    @Path("/teams")
    @Operation(summary = "Teams and their management lines")
    public List<TeamDto> teams() {
        return organisation.teams();
    }

    @PUT
    @Path("/teams/{team}")
    @RolesAllowed(Roles.HEAD_OF_SERVICE)
    @Operation(summary = "Create a team or replace its management line (head of service only)")
    public TeamDto replaceTeam(@PathParam("team") @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String team,
            @Valid @NotNull TeamUpdateRequest update) {
        return organisation.replace(team, update, caller.username());
    }

    @GET
    @Path("/decision-kinds")
    @Operation(summary = "The catalogue of decisions that need approval, with who decides and the source")
    public List<DecisionKindDto> decisionKinds() {
        return organisation.catalogue();
    }
}
