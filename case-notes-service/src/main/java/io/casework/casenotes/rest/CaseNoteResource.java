package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteRequest;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.service.CaseNoteService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/case-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes", description = "Entries on the child's record, their versions and their oversight")
@Authenticated
public class CaseNoteResource {

    @Inject
    CaseNoteService notes;

    @GET
    @Path("{id}")
    @Operation(operationId = "getCaseNote", summary = "A case note at its current version")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public CaseNoteDto get(@PathParam("id")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("id", idText);
        return notes.get(id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listCaseNoteVersions", summary = "Every version of a case note, oldest first")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<CaseNoteVersionDto> versions(@PathParam("id")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID id = RequestParams.pathUuid("id", idText);
        return notes.versions(id, page.query(CaseNoteVersionRepository.cursorKeys()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @Operation(operationId = "updateCaseNote", summary = "Save a new version of a draft (author only)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public CaseNoteDto update(@PathParam("id")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Valid @NotNull CaseNoteRequest request) {
        UUID id = RequestParams.pathUuid("id", idText);
        return notes.update(id, request);
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitCaseNote",
            summary = "Submit a note for management oversight; its author can no longer edit it")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public CaseNoteDto submit(@PathParam("id")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("id", idText);
        return notes.submit(id);
    }

    @POST
    @Path("{id}/finalise")
    @Operation(operationId = "finaliseCaseNote",
            summary = "Finalise a note that needs no oversight (not a statutory visit)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public CaseNoteDto finalise(@PathParam("id")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("id", idText);
        return notes.finalise(id);
    }
}
