package io.casework.deadlines.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.deadlines.domain.DeadlineState;
import io.casework.deadlines.repository.DeadlineChangeRepository;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.DeadlineChangeDto;
import io.casework.deadlines.rest.dto.DeadlineDto;
import io.casework.deadlines.rest.dto.ExtendDeadlineRequest;
import io.casework.deadlines.service.DeadlineChangeService;
import io.casework.deadlines.service.DeadlineService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

@Path("/deadlines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Deadlines tracked against the authority's timescales")
public class DeadlineResource {

    @Inject
    DeadlineService service;

    @Inject
    DeadlineChangeService changes;

    @Inject
    IdempotentRequests idempotent;

    @GET
    @Operation(operationId = "listChildDeadlines", summary = "A child's deadlines, soonest first, a page at a time",
            description = "For those who may read the child's record (ACCESS-RULES record.read); logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<DeadlineDto> forChild(
            @Parameter(description = "The child", required = true)
            @QueryParam("childId") @NotNull @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @Parameter(description = "OPEN, MET or WITHDRAWN; all when absent")
            @QueryParam("state") @Pattern(regexp = "OPEN|MET|WITHDRAWN", message = "must be OPEN, MET or WITHDRAWN")
            String state,
            @BeanParam PageParams page) {
        return service.forChild(UUID.fromString(childId), Optional.ofNullable(state).map(DeadlineState::valueOf),
                page.query(DeadlineRepository.cursorKeys()));
    }

    @GET
    @Path("/{deadlineId}/history")
    @Operation(operationId = "getDeadlineHistory", summary = "A deadline's history, oldest first, a page at a time",
            description = "Every change of the deadline: opened, met, withdrawn, reopened, rescheduled, extended (by "
                    + "whom, why, on whose authority), recounted after a release of the rules or calendar, breached "
                    + "and each escalation step. For those who may read the child's record (ACCESS-RULES "
                    + "record.read); logged.")
    @APIResponse(responseCode = "200", description = "One page of the history")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such deadline (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<DeadlineChangeDto> history(
            @PathParam("deadlineId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        return changes.history(RequestParams.pathUuid("deadlineId", idText),
                page.query(DeadlineChangeRepository.cursorKeys()));
    }

    @POST
    @Path("/{deadlineId}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendDeadline", summary = "Give an open deadline a later due date, saying why",
            description = "For the managers of the child's record (ACCESS-RULES record.manage: the team's practice "
                    + "or team manager): their post is the approval, kept in the deadline's history with who, when "
                    + "and why. A breach of the old due date no longer stands; if the new one passes too, it is a new "
                    + "breach. A release of new rules leaves an extended due date as the manager set it. Announced "
                    + "as casework.deadlines.deadline-extended. Send an Idempotency-Key to make retries safe. Example "
                    + "body: {\"dueDate\": \"2026-03-13\", \"reason\": \"Mother in hospital this week\"}.")
    @APIResponse(responseCode = "201", description = "The history line of the extension",
            content = @Content(schema = @Schema(implementation = DeadlineChangeDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid (problem invalid-fields), or the "
            + "new due date not after the current one (problem extension-not-later); nothing was changed")
    @APIResponse(responseCode = "403", description = "Not yours to manage (problem access-refused); the attempt is "
            + "logged")
    @APIResponse(responseCode = "404", description = "No such deadline (problem not-found)")
    @APIResponse(responseCode = "409", description = "The deadline is met or withdrawn (problem deadline-not-open); "
            + "nothing was changed")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response extend(
            @PathParam("deadlineId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ExtendDeadlineRequest request,
            @Context UriInfo uri) {
        UUID deadlineId = RequestParams.pathUuid("deadlineId", idText);
        return idempotent.execute(idempotencyKey, "POST /deadlines/" + deadlineId + "/extensions", request,
                replayed -> changes.requireReplay(deadlineId),
                () -> Response.created(uri.getBaseUriBuilder().path("deadlines").path(deadlineId.toString())
                        .path("history").build()).entity(changes.extend(deadlineId, request)).build());
    }
}
