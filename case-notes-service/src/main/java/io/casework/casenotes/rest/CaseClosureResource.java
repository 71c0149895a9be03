package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.domain.closure.ClosureStep;
import io.casework.casenotes.repository.CaseClosureRepository;
import io.casework.casenotes.rest.dto.CaseClosureDto;
import io.casework.casenotes.rest.dto.ClosureFeedbackDto;
import io.casework.casenotes.rest.dto.ClosureFeedbackRequest;
import io.casework.casenotes.rest.dto.ClosureStepRequest;
import io.casework.casenotes.rest.dto.StartClosureRequest;
import io.casework.casenotes.service.CaseClosureService;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Closing a child's case (002 s.12 "Case Closures"): started when the child's pathway allows it, the eight steps as
 * a checklist, the practice manager's oversight through approvals-service, and the referrer's feedback at any time.
 */
@Path("/children/{childId}/closures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
@Authenticated
public class CaseClosureResource {

    @Inject
    CaseClosureService closures;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startClosure", summary = "Start closing the child's case, with why",
            description = "002 s.12 \"Case Closures\": the closure is worked through the eight steps "
                    + "(recordClosureStep) and then goes to the practice manager (submitClosure). A referral closed "
                    + "with no further action records the feedback given to the referrer. Refused while the child "
                    + "has a child protection plan or a looked-after episode that has not ended, for three months "
                    + "from the conference that ended a CP plan (the child stays open as a child in need), and "
                    + "while a care leaver is still entitled to leaving care support (DOMAIN rule 11). One closure "
                    + "at a time. Sealed on the child's chain. Send an Idempotency-Key to make retries safe. Example "
                    + "body: {\"reason\": \"NO_FURTHER_ACTION_ON_REFERRAL\", \"reasonDetails\": \"Concerns addressed "
                    + "by the school nurse\", \"referrerFeedback\": \"Told the school's safeguarding lead on 26 "
                    + "November\"}.")
    @APIResponse(responseCode = "201", description = "The closure, OPEN, with its checklist",
            content = @Content(schema = @Schema(implementation = CaseClosureDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid, or no referrer feedback for a "
            + "referral closed with no further action (problem invalid-fields); nothing was recorded")
    @APIResponse(responseCode = "403", description = "Not yours to write (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @APIResponse(responseCode = "409", description = "The case must stay open: a CP plan going on (problem "
            + "closure-child-protection-plan-open), the child looked after (problem closure-child-looked-after), "
            + "a CP plan ended less than three months ago (problem closure-child-in-need-period), a care leaver "
            + "entitled to support (problem closure-care-leaver-entitled), or another closure going (problem "
            + "closure-in-progress); nothing was recorded")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response start(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull StartClosureRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/closures", request,
                replayed -> closures.requireReplay(childId),
                () -> tagged(Response.status(Response.Status.CREATED), closures.start(childId, request)));
    }

    @GET
    @Path("/{closureId}")
    @Operation(operationId = "getClosure", summary = "One closure of the child's case, with its checklist",
            description = "The eight steps of 002 s.12 with who did each and when, the case notes that are the "
                    + "closing summary and the chronology entry of the decision, the practice manager's oversight "
                    + "once decided (with the management entry holding the reasons for closure). Feedback given to "
                    + "the referrer since is listed by listClosureFeedback. For those who may read the record; the "
                    + "read is logged.")
    @APIResponse(responseCode = "200", description = "The closure",
            content = @Content(schema = @Schema(implementation = CaseClosureDto.class)))
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such closure of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response one(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("closureId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String closureText) {
        return tagged(Response.ok(), closures.one(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("closureId", closureText)));
    }

    @PUT
    @Path("/{closureId}/steps/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordClosureStep", summary = "Record a step of the closure's checklist done",
            description = "002 s.12 steps 1-2 and 4-8, each once, with who did it and when. CLOSING_SUMMARY and "
                    + "CHRONOLOGY_DECISION name the child's case note that is the closing summary, or the chronology "
                    + "entry of the decision to close (noteId); the others say what was done (details). Step 3, "
                    + "MANAGEMENT_OVERSIGHT, is the practice manager's decision (submitClosure). Sealed on the "
                    + "child's chain. Example body: {\"details\": \"Letter sent to the child's mother on 26 "
                    + "November with the family centre's details\"}.")
    @APIResponse(responseCode = "200", description = "The closure, with the step done",
            content = @Content(schema = @Schema(implementation = CaseClosureDto.class)))
    @APIResponse(responseCode = "400", description = "A note missing for a step that is an entry on the record or "
            + "given for one that is not, or a note not of this child (problem invalid-fields); nothing changed")
    @APIResponse(responseCode = "403", description = "Not yours to write (problem access-refused); the attempt is "
            + "logged")
    @APIResponse(responseCode = "404", description = "No such child, no such closure of the child (problem "
            + "not-found), or no such step")
    @APIResponse(responseCode = "409", description = "The step is done already (problem closure-step-done), the "
            + "closure is with the manager or decided (problem closure-not-open), or the step is the manager's "
            + "(problem closure-step-is-managers)")
    @APIResponse(responseCode = "412", description = "The closure changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response recordStep(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("closureId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String closureText,
            @Parameter(description = "The step of 002 s.12", example = "CHILD_AND_FAMILY_INFORMED")
            @PathParam("step") ClosureStep step,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull ClosureStepRequest request) {
        return tagged(Response.ok(), closures.recordStep(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("closureId", closureText), step, request, ifMatch));
    }

    @POST
    @Path("/{closureId}/submit")
    @Operation(operationId = "submitClosure", summary = "Send the closure for the practice manager's oversight",
            description = "Once every worker's step is done, the closure goes to the practice manager of the child's "
                    + "team (002 s.12 step 3), through approvals-service (casework.case-notes.case-closure-requested, "
                    + "decision kind CASE_CLOSURE), who approves or refuses it with reasons at the existing decision "
                    + "endpoint. An approval closes the case: a management entry with the reasons for closure goes "
                    + "on the record and casework.case-notes.case-closed is published. A refusal returns it to the "
                    + "worker with the reasons. The child's pathway is checked again. No body.")
    @APIResponse(responseCode = "202", description = "The closure, AWAITING_OVERSIGHT",
            content = @Content(schema = @Schema(implementation = CaseClosureDto.class)))
    @APIResponse(responseCode = "403", description = "Not yours to write (problem access-refused); the attempt is "
            + "logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such closure of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Steps still to do (problem closure-steps-not-done), submitted "
            + "or decided already (problem closure-not-open), or the pathway now keeps the case open (the problems "
            + "of startClosure)")
    @APIResponse(responseCode = "412", description = "The closure changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response submit(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("closureId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String closureText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch) {
        return tagged(Response.accepted(), closures.submit(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("closureId", closureText), ifMatch));
    }

    @POST
    @Path("/{closureId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordClosureFeedback", summary = "Record feedback given to the referrer",
            description = "002 s.12: feedback to referrers about the decision and the reasons for it, recorded at "
                    + "any time, after the case closed too. Sealed on the child's chain. Send an Idempotency-Key to "
                    + "make retries safe. Example body: "
                    + "{\"feedback\": \"Wrote to the referring GP on 30 November: the case closed\"}.")
    @APIResponse(responseCode = "201", description = "The feedback as recorded (listClosureFeedback lists it)",
            content = @Content(schema = @Schema(implementation = ClosureFeedbackDto.class)))
    @APIResponse(responseCode = "400", description = "No feedback (problem constraint-violation); nothing was "
            + "recorded")
    @APIResponse(responseCode = "403", description = "Not yours to write (problem access-refused); the attempt is "
            + "logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such closure of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response feedback(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("closureId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String closureText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ClosureFeedbackRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        UUID closureId = RequestParams.pathUuid("closureId", closureText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/closures/" + closureId
                        + "/feedback", request, replayed -> closures.requireReplay(childId),
                () -> Response.status(Response.Status.CREATED)
                        .entity(closures.recordFeedback(childId, closureId, request)).build());
    }

    @GET
    @Path("/{closureId}/feedback")
    @Operation(operationId = "listClosureFeedback",
            summary = "The feedback given to the referrer recorded on the closure, the latest first, a page at a time",
            description = "002 s.12: what the referrer was told about the decision and why, each with who recorded "
                    + "it and when, after the case closed too. The feedback given when the closure started is the "
                    + "closure's referrerFeedback. For those who may read the record; the read is logged.")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such closure of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<ClosureFeedbackDto> listFeedback(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("closureId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String closureText,
            @BeanParam PageParams page) {
        return closures.feedbackOf(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("closureId", closureText), page.query(CaseClosureRepository.cursorKeys()));
    }

    @GET
    @Operation(operationId = "listClosures",
            summary = "The closures of the child's case, the latest started first, a page at a time",
            description = "Every closure, OPEN, AWAITING_OVERSIGHT, CLOSED or RETURNED, each with its checklist as "
                    + "getClosure gives it: a case closed, reopened and closed again shows both. For those who may "
                    + "read the record; the read is logged.")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<CaseClosureDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        return closures.ofChild(RequestParams.pathUuid("childId", idText),
                page.query(CaseClosureRepository.cursorKeys()));
    }

    private static Response tagged(Response.ResponseBuilder status, CaseClosureDto closure) {
        return status.entity(closure).header(HttpHeaders.ETAG, Preconditions.etag(closure.version())).build();
    }
}
