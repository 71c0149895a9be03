package io.casework.casenotes.rest;

import io.casework.backbone.security.Roles;
import io.casework.casenotes.rest.dto.CaseNoteDto;
import io.casework.casenotes.rest.dto.CaseNoteRequest;
import io.casework.casenotes.rest.dto.CaseNoteVersionDto;
import io.casework.casenotes.service.CaseNoteService;
import io.casework.casenotes.service.RecordAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/case-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes", description = "Entries on the child's record, their versions and their oversight")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
        Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER})
public class CaseNoteResource {

    @Inject
    CaseNoteService notes;

    @GET
    @Path("{id}")
    @Operation(summary = "A case note at its current version")
    public CaseNoteDto get(@PathParam("id") UUID id, @HeaderParam(RecordAccess.PURPOSE_HEADER) String purpose) {
        return notes.get(id, purpose);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of a case note, oldest first")
    public List<CaseNoteVersionDto> versions(@PathParam("id") UUID id,
                                             @HeaderParam(RecordAccess.PURPOSE_HEADER) String purpose) {
        return notes.versions(id, purpose);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a new version of a draft (author only)")
    public CaseNoteDto update(@PathParam("id") UUID id, @Valid @NotNull CaseNoteRequest request) {
        return notes.update(id, request);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a note for management oversight; its author can no longer edit it")
    public CaseNoteDto submit(@PathParam("id") UUID id) {
        return notes.submit(id);
    }

    @POST
    @Path("{id}/finalise")
    @Operation(summary = "Finalise a note that needs no oversight (not a statutory visit)")
    public CaseNoteDto finalise(@PathParam("id") UUID id) {
        return notes.finalise(id);
    }
}
