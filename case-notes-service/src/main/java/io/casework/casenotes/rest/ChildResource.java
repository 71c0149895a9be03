package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.InputLimits;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.domain.record.LikelyDuplicates;
import io.casework.casenotes.repository.AccessLogRepository;
import io.casework.casenotes.repository.ChildRepository;
import io.casework.casenotes.rest.dto.AccessLogEntryDto;
import io.casework.casenotes.rest.dto.AllocationRequest;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.IroAssignmentRequest;
import io.casework.casenotes.rest.dto.LikelyDuplicatesDto;
import io.casework.casenotes.rest.dto.RecordChainVerificationDto;
import io.casework.casenotes.rest.dto.RegisterChildRequest;
import io.casework.casenotes.service.AccessLogService;
import io.casework.casenotes.service.ChildService;
import io.casework.casenotes.service.RecordChainService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/children")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children", description = "The child's record")
public class ChildResource {

    @Inject
    ChildService children;

    @Inject
    AccessLogService accessLog;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    RecordChainService recordChains;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerChild", summary = "Open a child's record",
            description = "In the caller's team, allocated to a social worker or senior practitioner of that team "
                    + "(the caller by default), with what is known of the child (001 \"The Basic Record\"); the rest "
                    + "can be completed later. One record per child: when records of the same child may exist "
                    + "(GET /children/likely-duplicates), the answer is 409 likely-duplicate listing them as the "
                    + "caller may see them, until the request says duplicatesReviewed. Publishes "
                    + "casework.case-notes.child-registered. Send an Idempotency-Key to make retries safe.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    @APIResponse(responseCode = "201", description = "The record, opened",
            content = @Content(schema = @Schema(implementation = ChildDto.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the team (problem access-refused)")
    @APIResponse(responseCode = "409", description = "Records of the same child may exist (problem "
            + "likely-duplicate): `matches` lists them as in GET /children/likely-duplicates; nothing was opened")
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @Context UriInfo uri,
                             @Valid @NotNull RegisterChildRequest request) {
        return idempotent.execute(idempotencyKey, "POST /children", request,
                replayed -> children.requireReplay(UUID.fromString(replayed.path("id").asText()), "registerChild"),
                () -> {
            ChildDto child = children.register(request);
            return Response.created(uri.getAbsolutePathBuilder().path(child.id().toString()).build())
                    .entity(child).build();
        });
    }

    @GET
    @Operation(operationId = "listChildren", summary = "The children I may see, the most recently opened first",
            description = "Those on my caseload or management line; children of my team that I may open only with "
                    + "a stated purpose are listed by id alone (detailsWithheld). A person search: `name` finds a "
                    + "child by any of their names, each word the beginning of a name or sounding like one, however "
                    + "accented, hyphenated or cased; `dateOfBirth` by date of birth (or an unborn child's expected "
                    + "date). Only what I may see is ever listed. Each child listed is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<ChildDto> caseload(
            @Parameter(description = "Words of the child's names (given, middle, family or preferred), e.g. "
                    + "\"leo harr\"")
            @QueryParam("name") @Size(max = InputLimits.NAME) String name,
            @Parameter(description = "The date of birth, or an unborn child's expected date of birth, yyyy-MM-dd")
            @QueryParam("dateOfBirth") @Pattern(regexp = RequestParams.DATE_PATTERN,
                    message = RequestParams.DATE_MESSAGE) String dateOfBirth,
            @BeanParam PageParams page) {
        ChildRepository.Search search = new ChildRepository.Search(name,
                dateOfBirth == null ? null : RequestParams.queryDate("dateOfBirth", dateOfBirth));
        return children.caseload(search, page.query(ChildRepository.cursorKeys()));
    }

    @GET
    @Path("/likely-duplicates")
    @Operation(operationId = "findLikelyDuplicates",
            summary = "Records that may already be this child's, to check before registering",
            description = "One record per child (DOMAIN.md rule 1): the records whose date of birth (or expected date "
                    + "of birth) and names agree with those given, however the names are cased, accented, "
                    + "hyphenated or slightly misspelt; the same check registerChild makes. A match you may see is "
                    + "shown (by id alone when you may open it only with a stated purpose); one you may not see "
                    + "(another team or area, or a restricted record) is shown only as a possible match, with whom "
                    + "to ask. The check is logged on each matching child's access log. At most 20, closest first.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public LikelyDuplicatesDto likelyDuplicates(
            @Parameter(description = "The given name, as it would be registered", required = true)
            @QueryParam("givenName") @NotBlank @Size(max = InputLimits.NAME) String givenName,
            @Parameter(description = "The family name, as it would be registered", required = true)
            @QueryParam("familyName") @NotBlank @Size(max = InputLimits.NAME) String familyName,
            @Parameter(description = "The date of birth, yyyy-MM-dd; for an unborn child give expectedDateOfBirth "
                    + "instead")
            @QueryParam("dateOfBirth") @Pattern(regexp = RequestParams.DATE_PATTERN,
                    message = RequestParams.DATE_MESSAGE) String dateOfBirth,
            @Parameter(description = "An unborn child's expected date of birth, yyyy-MM-dd")
            @QueryParam("expectedDateOfBirth") @Pattern(regexp = RequestParams.DATE_PATTERN,
                    message = RequestParams.DATE_MESSAGE) String expectedDateOfBirth) {
        if ((dateOfBirth == null) == (expectedDateOfBirth == null)) {
            throw Problems.invalidFields("Give the date of birth, or an unborn child's expected date of birth",
                    List.of(new FieldViolation("dateOfBirth", "query", "give dateOfBirth or expectedDateOfBirth, "
                            + "one of them")));
        }
        return new LikelyDuplicatesDto(children.likelyDuplicates(new LikelyDuplicates.Query(givenName, familyName,
                dateOfBirth == null ? null : RequestParams.queryDate("dateOfBirth", dateOfBirth),
                expectedDateOfBirth == null ? null
                        : RequestParams.queryDate("expectedDateOfBirth", expectedDateOfBirth))));
    }

    @GET
    @Path("/{childId}")
    @Operation(operationId = "getChild", summary = "A child's basic record",
            description = "Outside your caseload or management line, give a purpose in X-Access-Purpose; it is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = HttpHeaders.ETAG,
            description = "The record's version", schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = ChildDto.class)))
    public Response get(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(children.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{childId}/allocation")
    @Operation(operationId = "allocateChild", summary = "Allocate the case to a worker, or transfer it to another team",
            description = "The worker must be a social worker or senior practitioner of the team. Every allocation is "
                    + "kept, with who made it, when and the reason given (GET .../allocations); publishes "
                    + "casework.case-notes.child-allocated. To move the case to another team use transferChild "
                    + "(`team` here is kept for the clients written before it).")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    @APIResponse(responseCode = "412", description = "The record changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response allocate(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull AllocationRequest request) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(children.allocate(id, request, ifMatch));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{childId}/iro")
    @Operation(operationId = "assignIro", summary = "Assign the IRO who reviews the child's plan, or end it (null)",
            description = "Kept in the allocation history with who, when and the reason given. Publishes "
                    + "casework.case-notes.iro-assigned; the IRO may then read and write the record.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    @APIResponse(responseCode = "412", description = "The record changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response assignIro(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull IroAssignmentRequest request) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return tagged(children.assignIro(id, request, ifMatch));
    }

    @GET
    @Path("/{childId}/access-log")
    @Operation(operationId = "getAccessLog",
            summary = "Who accessed this child's data in any service, when and why, including refused attempts",
            description = "The child's access log (002 s.5), newest first, a page at a time: each read or write of "
                    + "the child's data in any of the four services, allowed or refused, with the person's name, job "
                    + "title and team, the purpose given and the basis of the decision. For those who audit the "
                    + "record (record.audit); reading it is itself logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_AUDIT)
    public Page<AccessLogEntryDto> accessLog(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return accessLog.ofChild(id, page.query(AccessLogRepository.cursorKeys()));
    }

    @GET
    @Path("/{childId}/record-chain")
    @Operation(operationId = "verifyChildRecordChain", summary = "Verify this child's record chain",
            description = "Every note version, management entry and access-log entry, in the order written, checked "
                    + "against its seal; reports the first break: which entry, and whether it was changed, moved, "
                    + "removed or forged. For the managers of the child's team and service area (record.audit); "
                    + "the verification is logged on the child's access log.")
    @APIResponse(responseCode = "200", description = "The verification: intact, or where the chain first breaks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordChainVerificationDto.class),
                    examples = {
                        @ExampleObject(name = "intact", value = """
                                {"childId": "6f1c2a8e-3d4b-4c7a-9e15-2b8d0f6a1c33", "entries": 42, "intact": true,
                                 "firstBreak": null}"""),
                        @ExampleObject(name = "broken", value = """
                                {"childId": "6f1c2a8e-3d4b-4c7a-9e15-2b8d0f6a1c33", "entries": 42, "intact": false,
                                 "firstBreak": {"position": 7, "entry": "version 2 of note 0b7e9a51-8c2d-4f0e-a1b3-5d6c7e8f9a10",
                                 "change": "changed",
                                 "detail": "Its content is not what was sealed: it was edited after it was written."}}""")
                    }))
    @APIResponse(responseCode = "401", description = "No valid token (problem unauthorised)")
    @APIResponse(responseCode = "403", description = "Not a manager of the child's team or service area "
            + "(problem access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @APIResponse(responseCode = "503", description = "The database could not serve the request (problem "
            + "service-unavailable, Retry-After)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_AUDIT)
    public RecordChainVerificationDto verifyRecordChain(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("childId", idText);
        return recordChains.verify(id);
    }

    private static Response tagged(ChildDto child) {
        return Preconditions.tagged(child, child.version());
    }
}
