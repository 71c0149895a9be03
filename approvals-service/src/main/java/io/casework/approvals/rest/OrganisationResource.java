package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.DecisionKindDto;
import io.casework.approvals.rest.dto.OrganisationChangeDto;
import io.casework.approvals.rest.dto.ServiceAreaDto;
import io.casework.approvals.rest.dto.ServiceAreaRequest;
import io.casework.approvals.rest.dto.StaffMemberDto;
import io.casework.approvals.rest.dto.StaffMemberRequest;
import io.casework.approvals.rest.dto.TeamDto;
import io.casework.approvals.rest.dto.TeamUpdateRequest;
import io.casework.approvals.service.OrganisationService;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor.Key;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The organisation model as data: service areas, teams and their management lines, members of staff and their
 * posts, the history of changes, and which decisions need whose approval. Reading the model is open to every member
 * of staff (it holds names and posts, nothing about a child); changing it is {@code org.change}.
 */
@Path("/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
        Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER, Roles.ADMINISTRATOR})
public class OrganisationResource {

    static final String ID = "[a-z0-9][a-z0-9-]{0,59}";
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,99}";

    @Inject
    OrganisationService organisation;

    @Inject
    IdempotentRequests idempotent;

    @GET
    @Path("/service-areas")
    @Operation(operationId = "listServiceAreas",
            summary = "Service areas and their heads of service, by id, a page at a time")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<ServiceAreaDto> serviceAreas(@BeanParam PageParams page) {
        return organisation.serviceAreas(page.query(Key.TEXT));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/service-areas/{serviceArea}")
    @Operation(operationId = "replaceServiceArea",
            summary = "Create a service area or change its name and head of service (administrator only)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public ServiceAreaDto replaceServiceArea(@PathParam("serviceArea") @NotNull @Pattern(regexp = ID) String id,
            @Valid @NotNull ServiceAreaRequest update) {
        return organisation.replaceServiceArea(id, update);
    }

    @GET
    @Path("/teams")
    @Operation(operationId = "listTeams", summary = "Teams and their management lines, by id, a page at a time")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<TeamDto> teams(@BeanParam PageParams page) {
        return organisation.teams(page.query(Key.TEXT));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/teams/{team}")
    @Operation(operationId = "replaceTeam", summary = "Create a team or replace its name and management line "
            + "(the head of service of its service area); each approver named must hold the post")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public TeamDto replaceTeam(@PathParam("team") @NotNull @Pattern(regexp = ID) String team,
            @Valid @NotNull TeamUpdateRequest update) {
        return organisation.replace(team, update);
    }

    @GET
    @Path("/staff")
    @Operation(operationId = "listStaff",
            summary = "Members of staff who hold a post now, by username, a page at a time")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<StaffMemberDto> staff(@QueryParam("team") @Pattern(regexp = ID) String team,
            @BeanParam PageParams page) {
        return organisation.staff(team, page.query(Key.TEXT));
    }

    @GET
    @Path("/staff/{username}")
    @Operation(operationId = "getStaffMember",
            summary = "A member of staff, including one who has left")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public StaffMemberDto member(@PathParam("username") @NotNull @Pattern(regexp = USERNAME) String username) {
        return organisation.member(username);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/staff/{username}")
    @Operation(operationId = "replaceStaffMember", summary = "A member joins, or their post, team or supervisor "
            + "changes (a head of service for their area's teams; an administrator for senior and cross-authority "
            + "posts). Moving team needs the same hand-over as leaving.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public StaffMemberDto replaceMember(@PathParam("username") @NotNull @Pattern(regexp = USERNAME) String username,
            @Valid @NotNull StaffMemberRequest update) {
        return organisation.replaceMember(username, update);
    }

    @POST
    @Path("/staff/{username}/leaving")
    @Operation(operationId = "markStaffMemberLeft", summary = "Mark a member as left; refused with what remains "
            + "while they hold cases, tasks or people (004 \"Updating Team Structures\")",
            description = "With an Idempotency-Key, a retry answers what the first call did instead of 404.")
    @APIResponse(responseCode = "200", description = "Marked as left",
            content = @Content(schema = @Schema(implementation = StaffMemberDto.class)))
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Response leave(@PathParam("username") @NotNull @Pattern(regexp = USERNAME) String username,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        // A replay shows only what the organisation model shows every member of staff: nothing to check again.
        return idempotent.execute(idempotencyKey, "POST /organisation/staff/" + username + "/leaving", null,
                replayed -> { }, () -> Response.ok(organisation.leave(username)).build());
    }

    @GET
    @Path("/changes/{subjectKind}/{subjectId}")
    @Operation(operationId = "listOrganisationChanges",
            summary = "The history of a service area, team or member: every version, who made it and when, first to "
                    + "latest, a page at a time")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<OrganisationChangeDto> history(
            @PathParam("subjectKind") @NotNull @Pattern(regexp = "SERVICE_AREA|TEAM|STAFF_MEMBER") String kind,
            @PathParam("subjectId") @NotNull @Pattern(regexp = USERNAME) String id,
            @BeanParam PageParams page) {
        return organisation.history(kind, id, page.query(Key.NUMBER));
    }

    @GET
    @Path("/decision-kinds")
    @PermitAll
    @Operation(operationId = "listDecisionKinds",
            summary = "The catalogue of decisions that need approval, with who decides and the source")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public List<DecisionKindDto> decisionKinds() {
        return organisation.catalogue();
    }
}
