package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.rest.dto.AmendmentRequest;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteRequest;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.rest.dto.DisputeRequest;
import io.casework.casenotes.service.CaseNoteService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/case-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes", description = "Entries on the child's record, their versions and their oversight")
@Authenticated
public class CaseNoteResource {

    @Inject
    CaseNoteService notes;

    @Inject
    IdempotentRequests idempotent;

    @GET
    @Path("{noteId}")
    @Operation(operationId = "getCaseNote", summary = "A case note at its current version",
            description = "The ETag header is the version: send it back as If-Match to change the note.")
    @APIResponse(responseCode = "200", description = "The note", headers = @Header(name = HttpHeaders.ETAG,
            description = "The note's current version", schema = @Schema(type = SchemaType.STRING, maxLength = 12)),
            content = @Content(schema = @Schema(implementation = CaseNoteDto.class)))
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response get(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return tagged(notes.get(id));
    }

    @GET
    @Path("{noteId}/versions")
    @Operation(operationId = "listCaseNoteVersions", summary = "Every version of a case note, oldest first",
            description = "What the note said at each version and who saved it when, a page at a time: a draft's "
                    + "saves by its author, and a version made by a manager returning the note, with their comments. "
                    + "Versions are never changed or removed (001 \"Case Record Integrity\"). The read is logged on "
                    + "the child's access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<CaseNoteVersionDto> versions(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return notes.versions(id, page.query(CaseNoteVersionRepository.cursorKeys()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{noteId}")
    @Operation(operationId = "updateCaseNote", summary = "Save a new version of a draft (author only)",
            description = "Made from the version named in If-Match: without it 428, and 412 when the note has "
                    + "changed since, so a retry or a second tab never adds a version unseen.")
    @APIResponse(responseCode = "200", description = "The new version", headers = @Header(name = HttpHeaders.ETAG,
            description = "The note's new version", schema = @Schema(type = SchemaType.STRING, maxLength = 12)),
            content = @Content(schema = @Schema(implementation = CaseNoteDto.class)))
    @APIResponse(responseCode = "412", description = "The note changed since the version in If-Match (problem "
            + "precondition-failed); nothing was saved")
    @APIResponse(responseCode = "428", description = "No If-Match (problem precondition-required)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response update(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull CaseNoteRequest request) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return tagged(notes.update(id, request, ifMatch));
    }

    @POST
    @Path("{noteId}/submit")
    @Operation(operationId = "submitCaseNote",
            summary = "Submit a note for management oversight; its author can no longer edit it",
            description = "Publishes casework.case-notes.case-note-submitted and, at the note's current version, "
                    + "casework.case-notes.visit-recorded for a visit (with its compliance facts) or "
                    + "casework.case-notes.keep-in-touch-recorded for a CARE_LEAVER_KIT; a note resubmitted after a "
                    + "return announces them again at its new version. With an Idempotency-Key, a retry answers what "
                    + "the first call did instead of 409.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response submit(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return idempotent.execute(idempotencyKey, "POST /case-notes/" + id + "/submit", null,
                replayed -> notes.requireReplay(id, "submitCaseNote"), () -> tagged(notes.submit(id)));
    }

    @POST
    @Path("{noteId}/finalise")
    @Operation(operationId = "finaliseCaseNote",
            summary = "Finalise a note that needs no oversight (not a statutory visit)",
            description = "Publishes casework.case-notes.case-note-finalised and, like a submission, "
                    + "casework.case-notes.visit-recorded for a visit or casework.case-notes.keep-in-touch-recorded "
                    + "for a CARE_LEAVER_KIT. With an Idempotency-Key, a retry answers what the first call did "
                    + "instead of 409.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response finalise(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return idempotent.execute(idempotencyKey, "POST /case-notes/" + id + "/finalise", null,
                replayed -> notes.requireReplay(id, "finaliseCaseNote"), () -> tagged(notes.finalise(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{noteId}/amendments")
    @Operation(operationId = "amendCaseNote",
            summary = "Correct a final entry with an amendment note (the child's team manager only)",
            description = "001 \"Case Record Integrity\": information on the record is never changed or deleted; a "
                    + "correction is a new entry by the team manager with the correct information and the reason. "
                    + "The amendment is final at once and shown as a management entry; reading the corrected note "
                    + "shows it in amendedBy. Only a FINAL note is corrected this way (409 otherwise). Publishes "
                    + "casework.case-notes.case-note-amended. With an Idempotency-Key, a retry answers what the "
                    + "first call did.")
    @APIResponse(responseCode = "201", description = "The amendment, final", headers = @Header(name = HttpHeaders.ETAG,
            description = "The amendment's version", schema = @Schema(type = SchemaType.STRING, maxLength = 12)),
            content = @Content(schema = @Schema(implementation = CaseNoteDto.class)))
    @APIResponse(responseCode = "403", description = "Not the team manager of the child's team (problem "
            + "access-refused), and logged")
    @APIResponse(responseCode = "409", description = "The note is not final (problem note-state)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response amend(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull AmendmentRequest request) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return idempotent.execute(idempotencyKey, "POST /case-notes/" + id + "/amendments", request,
                replayed -> notes.requireReplay(id, "amendCaseNote"), () -> created(uri, notes.amend(id, request)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{noteId}/disputes")
    @Operation(operationId = "recordDispute",
            summary = "Record a child's or parent's disagreement with an entry, as a dispute note",
            description = "002 s.5: the original may not be changed, but a case note records their views. Writes a "
                    + "DISPUTE draft naming the note, who disputes it and their words; it is then edited, submitted "
                    + "and finalised like any note. Reading the disputed note shows it in disputedBy. A draft cannot "
                    + "be disputed (409). Publishes casework.case-notes.case-note-disputed. With an Idempotency-Key, "
                    + "a retry answers what the first call did.")
    @APIResponse(responseCode = "201", description = "The dispute, a draft", headers = @Header(name = HttpHeaders.ETAG,
            description = "The dispute's version", schema = @Schema(type = SchemaType.STRING, maxLength = 12)),
            content = @Content(schema = @Schema(implementation = CaseNoteDto.class)))
    @APIResponse(responseCode = "409", description = "The note is still a draft (problem note-state)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response dispute(@PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull DisputeRequest request) {
        UUID id = RequestParams.pathUuid("noteId", idText);
        return idempotent.execute(idempotencyKey, "POST /case-notes/" + id + "/disputes", request,
                replayed -> notes.requireReplay(id, "recordDispute"), () -> created(uri, notes.dispute(id, request)));
    }

    private static Response created(UriInfo uri, CaseNoteDto note) {
        return Response.created(uri.getBaseUriBuilder().path("case-notes").path(note.id().toString()).build())
                .entity(note).header(HttpHeaders.ETAG, Preconditions.etag(note.version())).build();
    }

    private static Response tagged(CaseNoteDto note) {
        return Preconditions.tagged(note, note.version());
    }
}
