package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteRequest;
import io.casework.casenotes.service.CaseNoteService;
import io.casework.casenotes.service.ChildService;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/children/{childId}/case-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes")
@Authenticated
public class ChildCaseNoteResource {
    @Inject
    CaseNoteService notes;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ChildService children;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCaseNote", summary = "Write a draft case note",
            description = "The author, their designation and team come from the token; the event date is when it "
                    + "happened. Notes written after the authority's timescale are marked late.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response create(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Context UriInfo uri,
                           @Valid @NotNull CaseNoteRequest request) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/case-notes", request,
                replayed -> children.requireReplay(childId, "createCaseNote"), () -> {
            CaseNoteDto note = notes.create(childId, request);
            return Response.created(uri.getBaseUriBuilder().path("case-notes").path(note.id().toString()).build())
                    .entity(note).build();
        });
    }

    @GET
    @Operation(operationId = "listCaseNotes",
            summary = "A child's case notes, newest event first, with their management entries, a page at a time",
            description = "Each note at its current version, ordered by event date, then time written, newest first; "
                    + "filtered by type, state and event dates when asked. Outside your caseload or management line, "
                    + "give a purpose in X-Access-Purpose; the read is logged on the child's access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<CaseNoteDto> ofChild(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @Parameter(description = "Only notes of this type", schema = @Schema(implementation = NoteType.class))
            @QueryParam("noteType") @Size(max = 40) String noteType,
            @Parameter(description = "Only notes in this state", schema = @Schema(implementation = NoteStatus.class))
            @QueryParam("status") @Size(max = 40) String status,
            @Parameter(description = "Only events on or after this date, yyyy-MM-dd")
            @QueryParam("from") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String from,
            @Parameter(description = "Only events on or before this date, yyyy-MM-dd")
            @QueryParam("to") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String to,
            @BeanParam PageParams page) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        CaseNoteRepository.NoteFilter filter = new CaseNoteRepository.NoteFilter(
                RequestParams.queryEnum("noteType", noteType, NoteType.class),
                RequestParams.queryEnum("status", status, NoteStatus.class),
                from == null ? null : RequestParams.queryDate("from", from),
                to == null ? null : RequestParams.queryDate("to", to));
        return notes.ofChild(childId, filter, page.query(CaseNoteRepository.cursorKeys()));
    }
}
