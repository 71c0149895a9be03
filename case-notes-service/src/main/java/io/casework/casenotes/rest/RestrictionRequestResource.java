package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.RestrictionRequestRepository;
import io.casework.casenotes.rest.dto.ChildRestrictionRequest;
import io.casework.casenotes.rest.dto.ChildRestrictionRequestDto;
import io.casework.casenotes.service.RestrictionRequestService;
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
 * Requests to restrict a child's record, or to lift its restriction (001 "Restricted Records"): asked here by the
 * child's management line, decided by the head of service of the child's service area in approvals-service, applied
 * by this service when the decision comes back.
 */
@Path("/children/{childId}/restriction-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
@Authenticated
public class RestrictionRequestResource {

    @Inject
    RestrictionRequestService requests;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestChildRecordRestriction",
            summary = "Ask the head of service to restrict the child's record, or to lift its restriction, with "
                    + "reasons",
            description = "001 \"Restricted Records\": anyone in the child's management line may ask for a record "
                    + "to be restricted (ADOPTION or OTHER) or for its restriction to be lifted (NONE); the head of "
                    + "service of the child's service area decides. The management line is the allocated worker, "
                    + "their supervisor, the team's practice manager and team manager, and the area's senior "
                    + "manager; on a restricted record only those of them on its list. The request goes to the "
                    + "head of service through approvals-service (casework.case-notes.restriction-requested), who "
                    + "sees its fields, not the record, and approves or refuses it with reasons at the existing "
                    + "decision endpoint. An approval changes the record's restriction exactly as the head of "
                    + "service's own decision does (PUT .../restriction); a refusal is kept on the request. One "
                    + "request per child waits at a time. The head of service decides directly instead of asking. "
                    + "Send an Idempotency-Key to make retries safe. Example body: {\"restriction\": \"OTHER\", "
                    + "\"reasons\": \"The child's mother has joined the north team as a family support worker\"}.")
    @APIResponse(responseCode = "202", description = "The request, PENDING the head of service's decision",
            content = @Content(schema = @Schema(implementation = ChildRestrictionRequestDto.class)))
    @APIResponse(responseCode = "403", description = "Not in the child's management line, or off the restricted "
            + "record's list (problem access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @APIResponse(responseCode = "409", description = "The record is restricted so already (problem "
            + "restriction-unchanged), another request waits (problem restriction-already-requested), or the "
            + "caller is the head of service who decides (problem restriction-decided-directly); nothing was "
            + "recorded")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response request(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ChildRestrictionRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/restriction-requests", request,
                replayed -> requests.requireReplay(childId),
                () -> Response.accepted(requests.request(childId, request)).build());
    }

    @GET
    @Operation(operationId = "listChildRecordRestrictionRequests",
            summary = "The child's requests to restrict the record or lift its restriction, newest first, a page "
                    + "at a time",
            description = "Every request, PENDING, APPROVED or REFUSED, with who asked, why, and the head of "
                    + "service's decision once made. For those who may read the record: on a restricted record, only "
                    + "its list. Outside your caseload or management line, give a purpose in X-Access-Purpose; the "
                    + "read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    public Page<ChildRestrictionRequestDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return requests.ofChild(childId, page.query(RestrictionRequestRepository.cursorKeys()));
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getChildRecordRestrictionRequest",
            summary = "One of the child's restriction requests, with the decision once made",
            description = "As listed by listChildRecordRestrictionRequests, for those who may read the record; the "
                    + "read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such request of the child (problem "
            + "not-found)")
    public ChildRestrictionRequestDto one(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestText) {
        return requests.one(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("requestId",
                requestText), "getChildRecordRestrictionRequest");
    }
}
