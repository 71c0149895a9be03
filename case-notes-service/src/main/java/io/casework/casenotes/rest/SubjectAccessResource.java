package io.casework.casenotes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.domain.ReviewItem;
import io.casework.casenotes.export.SubjectAccessExport;
import io.casework.casenotes.export.SubjectAccessJson;
import io.casework.casenotes.export.SubjectAccessPdf;
import io.casework.casenotes.repository.SubjectAccessRepository;
import io.casework.casenotes.rest.dto.ReviewItemDto;
import io.casework.casenotes.rest.dto.SubjectAccessConsultationDto;
import io.casework.casenotes.rest.dto.SubjectAccessConsultationRequest;
import io.casework.casenotes.rest.dto.SubjectAccessDecisionDto;
import io.casework.casenotes.rest.dto.SubjectAccessDecisionRequest;
import io.casework.casenotes.rest.dto.SubjectAccessExportDto;
import io.casework.casenotes.rest.dto.SubjectAccessExtensionRequest;
import io.casework.casenotes.rest.dto.SubjectAccessRequestCreate;
import io.casework.casenotes.rest.dto.SubjectAccessRequestDto;
import io.casework.casenotes.service.SubjectAccessService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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

/**
 * Subject access requests on a child's record (002 s.8, s.9; UK GDPR Art. 12(3), 15): the request as received, the
 * manager's review of what is withheld, and the export the requester is given, as JSON or as a PDF.
 */
@Path("/children/{childId}/subject-access-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Requests for everything held about a child, their review and export")
public class SubjectAccessResource {

    static final String PDF = "application/pdf";
    private static final String NO_SUCH_REQUEST = "No such child, or no such request on the child's record (problem "
            + "not-found)";
    private static final String NOT_YOURS_TO_MANAGE = "Not the child's team manager, practice manager or area "
            + "line (problem access-refused); the attempt is logged";
    private static final String REVIEWED = "The review is complete already (problem subject-access-reviewed): "
            + "nothing changed";
    private static final String ETAG = "The request's new version, for the If-Match of the next change";

    @Inject
    SubjectAccessService subjectAccess;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubjectAccessRequest",
            summary = "Record a subject access request as received, with the day it is due",
            description = "002 s.9, UK GDPR Art. 15: someone asks for everything held about the child: the child, a "
                    + "parent with parental responsibility, or a representative. Recorded with who asked, how their "
                    + "identity was checked and the day it was received (not in the future); it is due one month "
                    + "on (Art. 12(3) as the ICO reads it: the corresponding date next month, else that month's last "
                    + "day, moved to the next working day after a weekend or an England and Wales bank holiday). "
                    + "Kept in the record's chained history and announced as "
                    + "casework.case-notes.subject-access-requested, for whoever tracks deadlines. Example body: "
                    + "{\"requesterName\": \"Sarah Example\", \"relationship\": "
                    + "\"PARENT_WITH_PARENTAL_RESPONSIBILITY\", \"receivedOn\": \"2026-11-20\", "
                    + "\"identityChecked\": \"Passport seen at the front desk\"}.")
    @APIResponse(responseCode = "201", description = "The request, in review, with the day it is due",
            content = @Content(schema = @Schema(implementation = SubjectAccessRequestDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or wrong, or received in the future (problem "
            + "invalid-fields): nothing recorded")
    @APIResponse(responseCode = "403", description = ChildRecordResource.NOT_YOURS_TO_CHANGE)
    @APIResponse(responseCode = "404", description = ChildRecordResource.NO_SUCH_CHILD)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response create(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @Context UriInfo uri, @Valid @NotNull SubjectAccessRequestCreate body) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        SubjectAccessRequestDto request = subjectAccess.create(childId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build())
                .entity(request).header(HttpHeaders.ETAG, Preconditions.etag(request.version())).build();
    }

    @GET
    @Operation(operationId = "listSubjectAccessRequests",
            summary = "The child's subject access requests, the latest received first, a page at a time",
            description = "Each request with who asked, when it was received and is due, whether it was extended, "
                    + "and where its review stands. Outside your caseload or management line, give a purpose in "
                    + "X-Access-Purpose; the read is logged on the child's access log.")
    @APIResponse(responseCode = "403", description = ChildRecordResource.NOT_YOURS_TO_READ)
    @APIResponse(responseCode = "404", description = ChildRecordResource.NO_SUCH_CHILD)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<SubjectAccessRequestDto> ofChild(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @BeanParam PageParams page) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        return subjectAccess.ofChild(childId, page.query(SubjectAccessRepository.requestCursorKeys()));
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getSubjectAccessRequest",
            summary = "One subject access request: when it is due, and where its review stands",
            description = "Who asked, how their identity was checked, received on, due on, the extension and why, "
                    + "the state, how many third-party statements still need a decision, what is withheld so far "
                    + "by category, and the originators consulted (002 s.8). The decisions themselves are on the "
                    + "review's items. The ETag is the request's version, for If-Match on its completion and "
                    + "extension. Outside your caseload or management line, give a purpose in X-Access-Purpose; the "
                    + "read is logged.")
    @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = HttpHeaders.ETAG,
            description = "The request's version", schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = SubjectAccessRequestDto.class)))
    @APIResponse(responseCode = "403", description = ChildRecordResource.NOT_YOURS_TO_READ)
    @APIResponse(responseCode = "404", description = NO_SUCH_REQUEST)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response get(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText) {
        SubjectAccessRequestDto request = subjectAccess.get(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("requestId", requestIdText));
        return Preconditions.tagged(request, request.version());
    }

    @GET
    @Path("/{requestId}/review-items")
    @Operation(operationId = "listSubjectAccessReviewItems",
            summary = "What the review decides on: third-party information and withheld entries, a page at a time",
            description = "002 s.8: from the child's final notes at their current versions, in the record's order "
                    + "(event date, then written): each statement a third party gave, with its originator to "
                    + "consult; each entry of a note's withheld section, with the reason its worker recorded (left "
                    + "out of the export under that reason's category unless a decision discloses it); each note "
                    + "decided whole; and each document on the record (current and superseded versions, both held), "
                    + "by its date, with its type, title, direction and who added it: a RECEIVED one came from "
                    + "outside and is third-party information (its sender is its originator), a SENT or INTERNAL one "
                    + "is disclosed unless withheld. Each with the decision standing on it and whether its originator's "
                    + "consultation is recorded. For the child's team manager, practice manager and area line "
                    + "(record.manage); the read is logged.")
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_MANAGE)
    @APIResponse(responseCode = "404", description = NO_SUCH_REQUEST)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Page<ReviewItemDto> items(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText,
            @BeanParam PageParams page) {
        return subjectAccess.items(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("requestId", requestIdText),
                page.query(SubjectAccessRepository.itemCursorKeys()));
    }

    @POST
    @Path("/{requestId}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordSubjectAccessConsultation",
            summary = "Record that the originator of third-party information was consulted, and their views",
            description = "002 s.8: \"before sharing any such information, the manager must take all reasonable "
                    + "steps to consult the originator and take account of their views and wishes\". The originator "
                    + "as the statement names its source (matched without regard to case), the day they were asked "
                    + "(not in the future) and their views, if they gave any. Disclosing their information needs "
                    + "this, or a reason why no consultation was possible. Kept in the record's chained history. "
                    + "Example body: {\"originator\": \"Ms Ahmed, designated safeguarding lead at Leo's school\", "
                    + "\"askedOn\": \"2026-11-23\", \"views\": \"Content for her report to be shared\"}.")
    @APIResponse(responseCode = "201", description = "The consultation recorded",
            content = @Content(schema = @Schema(implementation = SubjectAccessConsultationDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or wrong, or asked in the future (problem "
            + "invalid-fields): nothing recorded")
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_MANAGE)
    @APIResponse(responseCode = "404", description = NO_SUCH_REQUEST)
    @APIResponse(responseCode = "409", description = REVIEWED)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response consult(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText,
            @Valid @NotNull SubjectAccessConsultationRequest body) {
        SubjectAccessConsultationDto consultation = subjectAccess.consult(
                RequestParams.pathUuid("childId", childIdText), RequestParams.pathUuid("requestId", requestIdText),
                body);
        return Response.status(Response.Status.CREATED).entity(consultation).build();
    }

    @PUT
    @Path("/{requestId}/decisions/{itemRef}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideSubjectAccessItem",
            summary = "Disclose or withhold one item, with the reason",
            description = "002 s.8: the manager decides each item of the review: DISCLOSE, or WITHHOLD in a "
                    + "category (SERIOUS_HARM, GIVEN_IN_CONFIDENCE, THIRD_PARTY_OBJECTION: the reasons of 002 s.8; "
                    + "CRIME_PREVENTION, LEGAL_PRIVILEGE, OTHER_EXEMPTION), always with a reason. A third-party "
                    + "statement is disclosed only once its originator's consultation is recorded on the request, or "
                    + "with noConsultationReason saying why none was possible (409 originator-not-consulted "
                    + "otherwise); so is a RECEIVED document, whose sender's consultation is named by consultationId. "
                    + "The item is a note's id with .s<n> (its n-th statement, from 0) or .w<n> (the "
                    + "n-th entry of its withheld section), a note's id alone to withhold or disclose the whole "
                    + "note, or a document's id with .d. A new decision on an item replaces the last; each is kept in the record's chained "
                    + "history. Example body: {\"decision\": \"WITHHOLD\", \"category\": \"THIRD_PARTY_OBJECTION\", "
                    + "\"reason\": \"The school asked that its report is not shared\"}.")
    @APIResponse(responseCode = "200", description = "The decision standing on the item",
            content = @Content(schema = @Schema(implementation = SubjectAccessDecisionDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or wrong, a category missing to withhold or "
            + "given to disclose (problem invalid-fields): nothing changed")
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_MANAGE)
    @APIResponse(responseCode = "404", description = "No such request, or the child's final notes hold no such item "
            + "(problem not-found)")
    @APIResponse(responseCode = "409", description = "Third-party information disclosed without a consultation or a "
            + "reason (problem originator-not-consulted), or the review is complete already (problem "
            + "subject-access-reviewed): nothing changed")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public SubjectAccessDecisionDto decide(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText,
            @Parameter(description = "The item: a note's id, with .s<n> or .w<n> for one of its statements or "
                    + "withheld entries, or a document's id with .d", example = "3f2b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e.s0")
            @PathParam("itemRef") @Pattern(regexp = ReviewItem.PATTERN, message = "must be a note's id, with .s<n> "
                    + "or .w<n> for one of its statements or withheld entries, or a document's id with .d")
            String itemRef,
            @Valid @NotNull SubjectAccessDecisionRequest body) {
        return subjectAccess.decide(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("requestId", requestIdText), itemRef.toLowerCase(), body);
    }

    @POST
    @Path("/{requestId}/review-completion")
    @Operation(operationId = "completeSubjectAccessReview",
            summary = "Complete the review: the export can then be produced",
            description = "002 s.8: refused while any third-party statement of the child's final notes, or any "
                    + "RECEIVED document on the record, has no decision (409 review-incomplete, saying how many). From the version in If-Match (the ETag of "
                    + "GET .../{requestId}). For the child's team manager, practice manager and area line "
                    + "(record.manage). Kept in the record's chained history and announced as "
                    + "casework.case-notes.subject-access-review-completed, with how many items are withheld.")
    @APIResponse(responseCode = "200", description = "The request, reviewed", headers = @Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = SubjectAccessRequestDto.class)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_MANAGE)
    @APIResponse(responseCode = "404", description = NO_SUCH_REQUEST)
    @APIResponse(responseCode = "409", description = "Third-party items without a decision (problem "
            + "review-incomplete), or complete already (problem subject-access-reviewed): nothing changed")
    @APIResponse(responseCode = "412", description = "The request changed since the version in If-Match (problem "
            + "precondition-failed): nothing changed")
    @APIResponse(responseCode = "428", description = ChildRecordResource.NO_IF_MATCH)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response complete(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch) {
        SubjectAccessRequestDto request = subjectAccess.complete(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("requestId", requestIdText), ifMatch);
        return Preconditions.tagged(request, request.version());
    }

    @POST
    @Path("/{requestId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendSubjectAccessRequest",
            summary = "Extend a complex request by two further months, saying why",
            description = "UK GDPR Art. 12(3): a complex request may be given two further months (due then on the "
                    + "corresponding date three months from receipt, moved to a working day), once, and only within "
                    + "the first month, when the requester must be told and why (409 extension-not-allowed "
                    + "otherwise). From the version in If-Match. For the child's team manager, practice manager and "
                    + "area line (record.manage). Kept in the record's chained history and announced as "
                    + "casework.case-notes.subject-access-extended. Example body: {\"reason\": \"Eleven years of "
                    + "records, with third-party information from six agencies\"}.")
    @APIResponse(responseCode = "200", description = "The request, with the day it is now due", headers = @Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING, maxLength = 21)),
            content = @Content(schema = @Schema(implementation = SubjectAccessRequestDto.class)))
    @APIResponse(responseCode = "400", description = "No reason (problem invalid-fields): nothing changed")
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_MANAGE)
    @APIResponse(responseCode = "404", description = NO_SUCH_REQUEST)
    @APIResponse(responseCode = "409", description = "Extended already, or past the first month (problem "
            + "extension-not-allowed): nothing changed")
    @APIResponse(responseCode = "412", description = "The request changed since the version in If-Match (problem "
            + "precondition-failed): nothing changed")
    @APIResponse(responseCode = "428", description = ChildRecordResource.NO_IF_MATCH)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response extend(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull SubjectAccessExtensionRequest body) {
        SubjectAccessRequestDto request = subjectAccess.extend(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("requestId", requestIdText), ifMatch, body);
        return Preconditions.tagged(request, request.version());
    }

    @GET
    @Path("/{requestId}/export")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(operationId = "exportSubjectAccess",
            summary = "Everything held about the child, less what was withheld: as JSON or as a PDF (Accept header)",
            description = "002 s.9, UK GDPR Art. 15: once the review is complete (409 review-not-complete before): "
                    + "the child's details and how they changed, the chronology, and every final note at its "
                    + "current version (information removed as inaccurate shows only as the removal marker), less "
                    + "each item withheld; what was withheld is listed by category with counts, never its content "
                    + "(002 s.8). Documents (letters, reports, photos; superseded versions too) are listed with "
                    + "their metadata and SHA-256, less those withheld; their copies are sent alongside, each fetched "
                    + "with getDocumentContent and checked against the listed SHA-256. The child's access log is "
                    + "not included: it names the staff who read the record, not information about the child. "
                    + "Accept: application/json (the default) or application/pdf, a document a family can read: "
                    + "plain headings, the child's name and date of birth and \"Page n of N\" on every page. Both are "
                    + "streamed, a record of any length alike. Producing it is a read of the record like any other "
                    + "(record.read): outside your caseload give a purpose in X-Access-Purpose; it is logged on the "
                    + "child's access log as exportSubjectAccess with the request as its purpose.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubjectAccessExportDto.class)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The export as an A4 PDF"))})
    @APIResponse(responseCode = "403", description = ChildRecordResource.NOT_YOURS_TO_READ)
    @APIResponse(responseCode = "404", description = NO_SUCH_REQUEST)
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor application/pdf "
            + "(not-acceptable)")
    @APIResponse(responseCode = "409", description = "The review is not complete (problem review-not-complete)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response export(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String requestIdText,
            @Context HttpHeaders headers) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        UUID requestId = RequestParams.pathUuid("requestId", requestIdText);
        SubjectAccessExport export = subjectAccess.export(childId, requestId, "exportSubjectAccess");
        String file = "subject-access-" + requestId + "-" + export.header().producedOn();
        if (!ChronologyResource.wantsPdf(headers.getAcceptableMediaTypes())) {
            StreamingOutput out = stream -> SubjectAccessJson.write(export, json, stream);
            return Response.ok(out, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput pdf = stream -> SubjectAccessPdf.write(export, json, stream);
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                .build();
    }
}
