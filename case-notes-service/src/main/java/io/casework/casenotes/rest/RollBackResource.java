package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.RollBackRequestRepository;
import io.casework.casenotes.repository.RolledBackItemRepository;
import io.casework.casenotes.rest.dto.ChildRollBackRequest;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.RollBackCommentsRequest;
import io.casework.casenotes.rest.dto.RollBackRequestDto;
import io.casework.casenotes.rest.dto.RolledBackItemDto;
import io.casework.casenotes.service.RollBackService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Roll-backs of a child's record without loss (000 "Practice Guidance on EHM and LCS Roll-Backs"): the request on
 * 000's form, the line manager's comments, and once the head of service approved, what the roll-back moved and the
 * re-add of any of it.
 */
@Path("/children/{childId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
@Authenticated
public class RollBackResource {

    @Inject
    RollBackService rollBacks;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Path("/roll-back-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestRollBack",
            summary = "Ask for the child's record to be rolled back to a date, on the form of 000",
            description = "000 \"Request for Roll Back on EHM or LCS\": the worker gives the reason, the date the "
                    + "record goes back to and the impact; the form's header (case number, child, allocated "
                    + "worker, team, locality or service) is filled in from the record, the date of request from "
                    + "today, and what is to be rolled back (each pathway step started after the date, with its "
                    + "event and date) from the pathway as it stands. The request waits for the line manager's "
                    + "comments (PUT .../roll-back-requests/{requestId}/comments), then goes to the head of service "
                    + "of the child's service area, who approves or refuses it with reasons in approvals-service. "
                    + "An approved roll-back deletes nothing and pauses nothing: the steps leave the current record, "
                    + "kept, and can be re-added. One request per child waits at a time. Send an Idempotency-Key "
                    + "to make retries safe. Example body: {\"reason\": \"The C&F assessment was started on the "
                    + "wrong child's record\", \"rollBackTo\": \"2026-03-01\", \"impact\": \"The strategy "
                    + "discussion of 5 March is withdrawn\"}.")
    @APIResponse(responseCode = "201", description = "The request, AWAITING_MANAGER",
            content = @Content(schema = @Schema(implementation = RollBackRequestDto.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or the date is after today "
            + "(problem invalid-fields); nothing was recorded")
    @APIResponse(responseCode = "403", description = "Not allowed to write on the record (problem "
            + "access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @APIResponse(responseCode = "409", description = "No step started after the date (problem "
            + "nothing-to-roll-back), one of the steps waits for a manager's authorisation of its outcome "
            + "(problem roll-back-step-awaiting-authorisation), or another request waits (problem "
            + "roll-back-already-requested); nothing was recorded")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response request(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ChildRollBackRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/roll-back-requests", request,
                replayed -> rollBacks.requireReplay(childId, "requestRollBack"),
                () -> Response.status(Response.Status.CREATED).entity(rollBacks.request(childId, request)).build());
    }

    @PUT
    @Path("/roll-back-requests/{requestId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnRollBackRequest",
            summary = "The line manager's comments on a roll-back request; with them it goes to the head of service",
            description = "000: \"Any worker who believes it is necessary to roll back a child's record should "
                    + "speak to their line-manager\" (\"Manager Comments\"). For those who may manage the record; "
                    + "not the requester. Recorded once: the request then goes to the head of service of the "
                    + "child's service area (casework.case-notes.roll-back-requested). Example body: "
                    + "{\"comments\": \"Agreed: the assessment belongs to the brother's record\"}.")
    @APIResponse(responseCode = "200", description = "The request, PENDING the head of service's decision",
            content = @Content(schema = @Schema(implementation = RollBackRequestDto.class)))
    @APIResponse(responseCode = "400", description = "No comments (problem invalid-fields); nothing was recorded")
    @APIResponse(responseCode = "403", description = "Not allowed to manage the record (problem access-refused); "
            + "the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such request of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Commented already (problem roll-back-already-commented), or "
            + "the caller made the request (problem roll-back-own-request); nothing was recorded")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public RollBackRequestDto comment(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestText,
            @Valid @NotNull RollBackCommentsRequest body) {
        return rollBacks.comment(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("requestId",
                requestText), body);
    }

    @GET
    @Path("/roll-back-requests")
    @Operation(operationId = "listRollBackRequests",
            summary = "The child's roll-back requests, newest first, a page at a time",
            description = "Every request with its form, the manager's comments and the head of service's decision "
                    + "once made. For those who may read the record; outside your caseload or management line, "
                    + "give a purpose in X-Access-Purpose; the read is logged.")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<RollBackRequestDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        return rollBacks.ofChild(RequestParams.pathUuid("childId", idText),
                page.query(RollBackRequestRepository.cursorKeys()));
    }

    @GET
    @Path("/roll-back-requests/{requestId}")
    @Operation(operationId = "getRollBackRequest",
            summary = "One of the child's roll-back requests",
            description = "As listed by listRollBackRequests, for those who may read the record; the read is logged.")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such request of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public RollBackRequestDto one(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestText) {
        return rollBacks.one(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("requestId",
                requestText));
    }

    @GET
    @Path("/roll-backs/{rollBackId}/items")
    @Operation(operationId = "listRolledBackItems",
            summary = "What an applied roll-back moved out of the current record, a page at a time",
            description = "000: \"The documents that are lost in the roll-back process must still be available to "
                    + "the allocated worker in order for them to be re-added\". Every pathway step and step entry "
                    + "the roll-back moved: still held, each re-addable (a step with its entries), with the step "
                    + "that re-added it once it was. For those who may read the record; the read is logged.")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such roll-back of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<RolledBackItemDto> items(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("rollBackId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String rollBackText,
            @BeanParam PageParams page) {
        return rollBacks.itemsOf(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("rollBackId",
                rollBackText), page.query(RolledBackItemRepository.cursorKeys()));
    }

    @POST
    @Path("/roll-backs/{rollBackId}/items/{itemId}/re-add")
    @Operation(operationId = "reAddRolledBackItem",
            summary = "Re-add a step a roll-back moved out: a new step carrying its content and a link to it",
            description = "Writes a new pathway step with the original's kind, dates, facts, meeting, outcome and "
                    + "end, in the child's team now; its first entry (RE_ADDED) links it to the original, and each "
                    + "of the original's entries is copied onto it with a link to the entry it copies, all on the "
                    + "child's chain. The original stays held, marked as re-added. Once per step; an entry is "
                    + "re-added with its step. For those who may write on the record.")
    @APIResponse(responseCode = "201", description = "The new step",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "403", description = "Not allowed to write on the record (problem "
            + "access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, roll-back of the child, or step it moved "
            + "(problem not-found)")
    @APIResponse(responseCode = "409", description = "The step was re-added already (problem already-re-added)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response reAdd(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("rollBackId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String rollBackText,
            @PathParam("itemId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String itemText) {
        PathwayStepDto step = rollBacks.reAdd(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("rollBackId", rollBackText), RequestParams.pathUuid("itemId", itemText));
        return Response.status(Response.Status.CREATED).entity(step).build();
    }
}
