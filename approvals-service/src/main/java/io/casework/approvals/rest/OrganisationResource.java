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
import io.casework.backbone.rest.ApiDocumentRules;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor.Key;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The organisation model as data: service areas, teams and their management lines, members of staff and their
 * posts, the history of changes, and which decisions need whose approval. Reading the model is open to every member
 * of staff and the administrator, that is to every role of the realm (it holds names and posts, nothing about a
 * child), so to whoever signs in, as in the other services; changing it is {@code org.change}, which the service
 * decides from the organisation model and the administrator's role.
 */
@Path("/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
@Authenticated
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
            summary = "Service areas and their heads of service, by id, a page at a time",
            description = "Every service area, ordered by id, with its head of service (null while the post is "
                    + "vacant). Readable by every member of staff.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<ServiceAreaDto> serviceAreas(@BeanParam PageParams page) {
        return organisation.serviceAreas(page.query(Key.TEXT));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/service-areas/{serviceArea}")
    @Extension(name = ApiDocumentRules.ABSENT_IS_NO_ERROR, value = "a PUT for one that does not exist creates it")
    @Operation(operationId = "replaceServiceArea",
            summary = "Create a service area or change its name and head of service (administrator only)",
            description = "Creates the service area with this id, or replaces its name and head of service; its "
                    + "version goes up by one and the change is kept in its history. The head of service named must "
                    + "hold the post of head of service in this area (400 naming headOfService). Only an "
                    + "administrator may call it (403 organisation-change-refused).")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    @APIResponse(responseCode = "200", description = "The service area as it now is; its ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = ServiceAreaDto.class)))
    @APIResponse(responseCode = "412", description = "It changed since the version in If-Match, or If-Match was "
            + "sent to create one")
    @APIResponse(responseCode = "428", description = "No If-Match, to change one that exists")
    public Response replaceServiceArea(@PathParam("serviceArea") @NotNull @Pattern(regexp = ID) String id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION_CREATE)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull ServiceAreaRequest update) {
        ServiceAreaDto area = organisation.replaceServiceArea(id, update, ifMatch);
        return Preconditions.tagged(area, area.version());
    }

    @GET
    @Path("/service-areas/{serviceArea}")
    @Operation(operationId = "getServiceArea", summary = "A service area and its head of service",
            description = "The ETag is its version: send it back as If-Match to change it. Readable by every "
                    + "member of staff; 404 for an id the organisation model does not hold.")
    @APIResponse(responseCode = "200", description = "The service area",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = ServiceAreaDto.class)))
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Response serviceArea(@PathParam("serviceArea") @NotNull @Pattern(regexp = ID) String id) {
        ServiceAreaDto area = organisation.serviceArea(id);
        return Preconditions.tagged(area, area.version());
    }

    @GET
    @Path("/teams")
    @Operation(operationId = "listTeams", summary = "Teams and their management lines, by id, a page at a time",
            description = "Every team, ordered by id, with its practice manager, team manager, senior manager and "
                    + "the head of service of its service area, each as a person (null while vacant). Readable by "
                    + "every member of staff.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<TeamDto> teams(@BeanParam PageParams page) {
        return organisation.teams(page.query(Key.TEXT));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/teams/{team}")
    @Extension(name = ApiDocumentRules.ABSENT_IS_NO_ERROR, value = "a PUT for one that does not exist creates it")
    @Operation(operationId = "replaceTeam", summary = "Create a team or replace its name and management line "
            + "(the head of service of its service area); each approver named must hold the post",
            description = "Creates the team with this id, or replaces its name, service area and whole management "
                    + "line; the change is kept in the team's history and announced to every service. Each manager "
                    + "named must hold that post in this team (the senior manager in its service area), or the "
                    + "answer is 400 naming the field. A team with members cannot move to another service area (409 "
                    + "team-has-members). Requests already routed keep their assignee.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    @APIResponse(responseCode = "200", description = "The team as it now is; its ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    @APIResponse(responseCode = "412", description = "It changed since the version in If-Match, or If-Match was "
            + "sent to create one")
    @APIResponse(responseCode = "428", description = "No If-Match, to change one that exists")
    public Response replaceTeam(@PathParam("team") @NotNull @Pattern(regexp = ID) String team,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION_CREATE)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull TeamUpdateRequest update) {
        TeamDto replaced = organisation.replace(team, update, ifMatch);
        return Preconditions.tagged(replaced, replaced.version());
    }

    @GET
    @Path("/teams/{team}")
    @Operation(operationId = "getTeam", summary = "A team and its management line",
            description = "The ETag is its version: send it back as If-Match to change it. Readable by every "
                    + "member of staff; 404 for an id the organisation model does not hold.")
    @APIResponse(responseCode = "200", description = "The team",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Response team(@PathParam("team") @NotNull @Pattern(regexp = ID) String team) {
        TeamDto found = organisation.team(team);
        return Preconditions.tagged(found, found.version());
    }

    @GET
    @Path("/staff")
    @Operation(operationId = "listStaff",
            summary = "Members of staff who hold a post now, by username, a page at a time",
            description = "Members who have left are not listed (GET /organisation/staff/{username} still shows "
                    + "them). With `team`, only that team's members. Readable by every member of staff.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    public Page<StaffMemberDto> staff(@QueryParam("team") @Pattern(regexp = ID) String team,
            @BeanParam PageParams page) {
        return organisation.staff(team, page.query(Key.TEXT));
    }

    @GET
    @Path("/staff/{username}")
    @Operation(operationId = "getStaffMember",
            summary = "A member of staff, including one who has left",
            description = "The member's post, team or service area and supervisor; `leftAt` is set once they have "
                    + "left. 404 for a username the organisation model has never held.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    @APIResponse(responseCode = "200", description = "The member of staff",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = StaffMemberDto.class)))
    public Response member(@PathParam("username") @NotNull @Pattern(regexp = USERNAME) String username) {
        StaffMemberDto member = organisation.member(username);
        return Preconditions.tagged(member, member.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/staff/{username}")
    @Extension(name = ApiDocumentRules.ABSENT_IS_NO_ERROR, value = "a PUT for one that does not exist creates it")
    @Operation(operationId = "replaceStaffMember", summary = "A member joins, or their post, team or supervisor "
            + "changes (a head of service for their area's teams; an administrator for senior and cross-authority "
            + "posts). Moving team needs the same hand-over as leaving.",
            description = "Replaces the whole membership: name, e-mail address (optional: someone without one gets "
                    + "no e-mail of their notifications), post, team or service area, and supervisor. A team "
                    + "post needs `team`; a senior manager or head of service needs `serviceArea`; an IRO or adoption "
                    + "team manager neither (400 naming the field otherwise). The supervisor must be another member "
                    + "of staff. Moving someone who still holds cases, requests or people to another team is 409 "
                    + "member-has-responsibilities, listing what remains. A member who had left joins again.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.ORG_CHANGE)
    @APIResponse(responseCode = "200", description = "The member as they now are; the ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = StaffMemberDto.class)))
    @APIResponse(responseCode = "412", description = "They changed since the version in If-Match, or If-Match was "
            + "sent for someone the organisation model has never held")
    @APIResponse(responseCode = "428", description = "No If-Match, to change someone it holds")
    public Response replaceMember(@PathParam("username") @NotNull @Pattern(regexp = USERNAME) String username,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION_CREATE)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull StaffMemberRequest update) {
        StaffMemberDto member = organisation.replaceMember(username, update, ifMatch);
        return Preconditions.tagged(member, member.version());
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
    @Extension(name = ApiDocumentRules.ABSENT_IS_NO_ERROR, value = "a subject never changed has an empty history")
    @Operation(operationId = "listOrganisationChanges",
            summary = "The history of a service area, team or member: every version, who made it and when, first to "
                    + "latest, a page at a time",
            description = "`subjectKind` is SERVICE_AREA, TEAM or STAFF_MEMBER and `subjectId` the service area's "
                    + "or team's id or the member's username. Each entry is one version: the subject just after the "
                    + "change, as the history recorded it, with who made the change and when, ordered by version.")
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
            summary = "The catalogue of decisions that need approval, with who decides and the source",
            description = "Reference data, open without a token and not paged (the catalogue is small): each kind of "
                    + "decision, the lowest post that may decide it, the policy it comes from, and the timescale "
                    + "rule that sets a request's due date where there is one.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public List<DecisionKindDto> decisionKinds() {
        return organisation.catalogue();
    }
}
