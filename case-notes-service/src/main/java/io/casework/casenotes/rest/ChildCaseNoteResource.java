package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.contracts.NoteType;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    @Operation(operationId = "createCaseNote",
            summary = "Write a draft case note, for one child or several of a family",
            description = "The author's full name, designation and team come from the organisation model; the event "
                    + "date and time are when it happened. A note first recorded after the authority's timescale "
                    + "for its type is marked late. With alsoFor, each other child of the family gets a note of "
                    + "its own (own id, chain and lifecycle) linked by familyGroupId, with only that child's own "
                    + "words and visit facts; the author must be allowed to write on every child's record, or "
                    + "nothing is written. A manager's decision, oversight or audit needs record.manage and a "
                    + "practice manager or above; supervision a supervisor. AMENDMENT and DISPUTE have their own "
                    + "operations. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "The note on this child's record",
            content = @Content(schema = @Schema(implementation = CaseNoteDto.class)))
    @APIResponse(responseCode = "403", description = "Refused by the access policy (access-refused, "
            + "access-purpose-required) on this child or any other of the family, or the note's type is not the "
            + "caller's to write (note-not-permitted)")
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
                    + "filtered when asked by types (repeat noteType), author, event dates, significant events, "
                    + "management entries, state and family group. Every note says whether it is a management "
                    + "entry and whether it is late. Outside your caseload or management line, give a purpose in "
                    + "X-Access-Purpose; the read is logged on the child's access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<CaseNoteDto> ofChild(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @Parameter(description = "Only notes of these types: repeat the parameter for several (noteType=CONTACT"
                    + "&noteType=PROFESSIONAL_CONTACT)", schema = @Schema(implementation = NoteType.class))
            @QueryParam("noteType") @Size(max = 20) List<@Size(max = 40) String> noteTypes,
            @Parameter(description = "Only notes written by this username", example = "north.sw1")
            @QueryParam("author") @Size(max = 100) String author,
            @Parameter(description = "true: only notes that record a significant event (003 s.6b); false: only "
                    + "those that do not", schema = @Schema(enumeration = {"true", "false"}))
            @QueryParam("significant") @Pattern(regexp = "^(true|false)$", message = "must be true or false")
            String significant,
            @Parameter(description = "true: only management entries (decisions, oversight, audits, supervision, "
                    + "amendments); false: only the others", schema = @Schema(enumeration = {"true", "false"}))
            @QueryParam("management") @Pattern(regexp = "^(true|false)$", message = "must be true or false")
            String management,
            @Parameter(description = "Only the notes of one family note, on this child's record")
            @QueryParam("familyGroupId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String familyGroup,
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
        Set<NoteType> types = EnumSet.noneOf(NoteType.class);
        if (noteTypes != null) {
            noteTypes.forEach(type -> types.add(RequestParams.queryEnum("noteType", type, NoteType.class)));
        }
        CaseNoteRepository.NoteFilter filter = new CaseNoteRepository.NoteFilter(types,
                RequestParams.queryEnum("status", status, NoteStatus.class),
                from == null ? null : RequestParams.queryDate("from", from),
                to == null ? null : RequestParams.queryDate("to", to), author,
                significant == null ? null : Boolean.valueOf(significant),
                management == null ? null : Boolean.valueOf(management),
                familyGroup == null ? null : RequestParams.queryUuid("familyGroupId", familyGroup));
        return notes.ofChild(childId, filter, page.query(CaseNoteRepository.cursorKeys()));
    }
}
