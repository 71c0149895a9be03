package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.RemovalRequestRepository;
import io.casework.casenotes.rest.dto.InformationRemovalRequest;
import io.casework.casenotes.rest.dto.InformationRemovalRequestDto;
import io.casework.casenotes.service.InformationRemovalService;
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
 * Removal of factually inaccurate personal information from a finalised note (002 s.5): asked for here, decided by a
 * manager in approvals-service, applied by this service when the decision comes back.
 */
@Path("/case-notes/{noteId}/removal-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes")
@Authenticated
public class InformationRemovalResource {

    @Inject
    InformationRemovalService removals;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestInformationRemoval",
            summary = "Ask a manager to remove factually inaccurate personal information from a finalised note",
            description = "Names the version and its parts whose content is the inaccurate information, what kind "
                    + "of information it is, why it is inaccurate and why the criteria for removal are met (002 s.5 "
                    + "and its guidance on the removal of factually inaccurate personal information). A final note "
                    + "is never edited (001 \"Case Record Integrity\"): the request goes to the team manager of the "
                    + "child's team through approvals-service (casework.case-notes.information-removal-requested), "
                    + "and only their approval removes anything. The removed parts then show a marker and the "
                    + "removal's facts, never the removed text; the version keeps its place on the record and its "
                    + "chain. A disagreement with an opinion is not a removal: record it as a dispute note. Send "
                    + "an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "202", description = "The request, PENDING a manager's decision",
            content = @Content(schema = @Schema(implementation = InformationRemovalRequestDto.class)))
    @APIResponse(responseCode = "409", description = "The note is not final (problem note-not-final), or another "
            + "request already names one of the parts (problem removal-already-requested); nothing was recorded")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response request(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull InformationRemovalRequest request) {
        UUID noteId = RequestParams.pathUuid("noteId", idText);
        return idempotent.execute(idempotencyKey, "POST /case-notes/" + noteId + "/removal-requests", request,
                replayed -> removals.requireReplay(noteId, "requestInformationRemoval"),
                () -> Response.accepted(removals.request(noteId, request)).build());
    }

    @GET
    @Operation(operationId = "listInformationRemovalRequests",
            summary = "A note's requests to remove inaccurate information, newest first, a page at a time",
            description = "Every request, PENDING, APPROVED or REJECTED, with what it names, why, and the manager's "
                    + "decision once made. The read is logged on the child's access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<InformationRemovalRequestDto> list(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID noteId = RequestParams.pathUuid("noteId", idText);
        return removals.ofNote(noteId, page.query(RemovalRequestRepository.cursorKeys()));
    }
}
