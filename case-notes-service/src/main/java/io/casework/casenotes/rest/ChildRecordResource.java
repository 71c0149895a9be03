package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.casework.casenotes.repository.ChildRecordChangeRepository;
import io.casework.casenotes.rest.dto.BirthRequest;
import io.casework.casenotes.rest.dto.ChildDetailsRequest;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.RecordChangeDto;
import io.casework.casenotes.rest.dto.RestrictionDto;
import io.casework.casenotes.rest.dto.RestrictionRequest;
import io.casework.casenotes.rest.dto.TransferRequest;
import io.casework.casenotes.service.ChildRecordService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/**
 * The child's record as it changes over time (002 s.5, 002 s.6): its details corrected or completed, an unborn child's
 * birth, a transfer to another team, its restriction (001 "Restricted Records"), and the histories of its details and
 * of who held the case.
 */
@Path("/children/{childId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children", description = "The child's record")
public class ChildRecordResource {

    // What every change of the record and every read of its histories may answer besides its own answer.
    static final String NOT_YOURS_TO_CHANGE = "Not yours to change (problem access-refused or "
            + "access-purpose-required); the attempt is logged";
    static final String NOT_YOURS_TO_READ = "Not yours to read (problem access-refused or access-purpose-required); "
            + "the attempt is logged";
    static final String NO_SUCH_CHILD = "No such child (problem not-found)";
    static final String STALE = "The record changed since the version in If-Match (problem precondition-failed): "
            + "nothing was saved";
    static final String NO_IF_MATCH = "No If-Match (problem precondition-required)";
    static final String NEW_VERSION = "The record's new version";

    @Inject
    ChildRecordService records;

    @Inject
    ChildService children;

    @Inject
    IdempotentRequests idempotent;

    @PUT
    @Path("/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateChildDetails", summary = "Correct or complete the child's details, saying why",
            description = "Replaces the details of the basic record (001 \"The Basic Record\", 002 s.6) with those "
                    + "sent, from the version in If-Match. The record's history keeps each field as it was and as it "
                    + "became, with who changed it, when and why (002 s.5; GET .../details/history). An unborn child's "
                    + "gender, ethnicity and religion stay \"Information not yet obtained\" until the birth is "
                    + "recorded. Publishes casework.case-notes.child-details-changed when anything changed; sending "
                    + "the details unchanged changes nothing.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    @APIResponse(responseCode = "200", description = "The record as it now stands", headers = @Header(
            name = HttpHeaders.ETAG, description = NEW_VERSION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = ChildDto.class)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_CHANGE)
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response updateDetails(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull ChildDetailsRequest request) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(records.updateDetails(id, request, ifMatch));
    }

    @GET
    @Path("/details/history")
    @Operation(operationId = "listChildRecordChanges",
            summary = "How the child's details changed, newest first, a page at a time",
            description = "What the record was opened with, each correction or completion and the birth of an unborn "
                    + "child (002 s.5, 002 s.6): who made each change (name, job title and team as they were then), "
                    + "when, why, and each field as it was and as it became. Ordered by when, newest first. Outside "
                    + "your caseload or management line, give a purpose in X-Access-Purpose; the read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_READ)
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    public Page<RecordChangeDto> detailsHistory(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return records.history(id, RecordChangeKind.DETAILS, "listChildRecordChanges",
                page.query(ChildRecordChangeRepository.cursorKeys()));
    }

    @POST
    @Path("/birth")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordBirth", summary = "Record the birth of an unborn child",
            description = "002 s.6 \"Once a Baby is Born\": the record becomes a born child's, with the date of "
                    + "birth, gender, ethnicity and religion, and the names the child was given where they differ. "
                    + "Nothing is lost: the expected date of birth stays in the record's history. The date of birth "
                    + "is not in the future nor more than 42 days before the record was opened. 409 already-born "
                    + "when the birth is recorded already. From the version in If-Match; send an Idempotency-Key to "
                    + "make retries safe. Publishes casework.case-notes.child-born.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    @APIResponse(responseCode = "200", description = "The record of the born child", headers = @Header(
            name = HttpHeaders.ETAG, description = NEW_VERSION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = ChildDto.class)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_CHANGE)
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    @APIResponse(responseCode = "409", description = "The birth is recorded already (problem already-born)")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response recordBirth(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull BirthRequest request) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + id + "/birth", request,
                replayed -> children.requireReplay(id, "recordBirth"),
                () -> tagged(records.recordBirth(id, request, ifMatch)));
    }

    @PUT
    @Path("/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferChild", summary = "Transfer the case to another team, saying why",
            description = "To a social worker or senior practitioner of that team, both as the organisation model "
                    + "holds them now. For the managers of the child's team and service area (record.manage); from "
                    + "the version in If-Match. The allocation history keeps it with who, when and why (GET "
                    + ".../allocations). Publishes casework.case-notes.child-allocated with the new team; the old "
                    + "team then sees the record no more.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    @APIResponse(responseCode = "200", description = "The record, now in the new team", headers = @Header(
            name = HttpHeaders.ETAG, description = NEW_VERSION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = ChildDto.class)))
    @APIResponse(responseCode = "403", description = "Not a manager of the child's team or service area "
            + "(problem access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response transfer(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull TransferRequest request) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(records.transfer(id, request, ifMatch));
    }

    @GET
    @Path("/allocations")
    @Operation(operationId = "listChildAllocations",
            summary = "Who has held the case and reviewed it, newest first, a page at a time",
            description = "The first allocation (when the record was opened), every re-allocation within the team, "
                    + "every transfer to another team and every IRO assignment, each with who made it, when, why and "
                    + "what changed (team, allocatedWorker, iro as they were and as they became). Ordered by when, "
                    + "newest first. Outside your caseload or management line, give a purpose in X-Access-Purpose; "
                    + "the read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_READ)
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    public Page<RecordChangeDto> allocations(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return records.history(id, RecordChangeKind.ALLOCATIONS, "listChildAllocations",
                page.query(ChildRecordChangeRepository.cursorKeys()));
    }

    @PUT
    @Path("/restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restrictChildRecord",
            summary = "Restrict the child's record, or lift the restriction, saying why (head of service)",
            description = "001 \"Restricted Records\", DOMAIN.md rule 9: a sensitive record (an adoption, a child "
                    + "of a member of staff) is restricted by the head of service of the child's service area, and "
                    + "only they may decide it. ADOPTION opens the record only to the allocated worker, the team "
                    + "manager of the child's team, the team's senior practitioners, the adoption team manager and "
                    + "the assigned IRO; OTHER only to the allocated worker, the team manager, the worker's "
                    + "supervisor and, for a looked-after child, the assigned IRO; everyone else, managers and heads "
                    + "of service included, is refused everything, in every service. NONE lifts the restriction. "
                    + "From the version in If-Match (the ETag of GET .../restriction). The answer shows the "
                    + "decision, not the record. Kept in the record's history with who decided, when and why; "
                    + "publishes casework.case-notes.child-restriction-changed. Deciding what the record is already "
                    + "changes nothing. Example body: {\"restriction\": \"OTHER\", \"reason\": \"The child's "
                    + "mother works in the north team\"}.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    @APIResponse(responseCode = "200", description = "The restriction as it now stands", headers = @Header(
            name = HttpHeaders.ETAG, description = NEW_VERSION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = RestrictionDto.class)))
    @APIResponse(responseCode = "403", description = "Not the head of service of the child's service area "
            + "(problem access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response restrict(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull RestrictionRequest request) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(records.restrict(id, request, ifMatch));
    }

    @GET
    @Path("/restriction")
    @Operation(operationId = "getChildRecordRestriction",
            summary = "Whether the child's record is restricted, and who decided it, when and why",
            description = "001 \"Restricted Records\": NONE, ADOPTION or OTHER, with the last decision (null when "
                    + "none was ever made) and the record's version as the ETag. For those who may read the record "
                    + "(on a restricted record, only the restriction's list) and, on a restricted record, the head "
                    + "of service of the child's service area, who sees the decision, not the record. Outside your "
                    + "caseload or management line, give a purpose in X-Access-Purpose; the read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "200", description = "The restriction and the last decision on it", headers =
            @Header(name = HttpHeaders.ETAG, description = "The record's version",
            schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = RestrictionDto.class)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_READ)
    @APIResponse(responseCode = "404", description = NO_SUCH_CHILD)
    public Response restriction(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(records.restriction(id));
    }

    private static Response tagged(RestrictionDto restriction) {
        return Preconditions.tagged(restriction, restriction.version());
    }

    private static Response tagged(ChildDto child) {
        return Preconditions.tagged(child, child.version());
    }
}
