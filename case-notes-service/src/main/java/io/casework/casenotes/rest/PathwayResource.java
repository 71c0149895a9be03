package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.rest.dto.ContactRequest;
import io.casework.casenotes.rest.dto.FrontDoorDecisionRequest;
import io.casework.casenotes.rest.dto.OutcomeForAuthorisationRequest;
import io.casework.casenotes.rest.dto.PathwayOutcomeOptionDto;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.PriorityChangeRequest;
import io.casework.casenotes.service.PathwayService;
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

import java.util.List;
import java.util.UUID;

/**
 * The child's case pathway (004 "Case Pathway"), part 1: contacts at the front door, the front door's decisions, the
 * referrals and Child and Family Assessments they open, and the C&F's priority.
 */
@Path("/children/{childId}/pathway")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
@Authenticated
public class PathwayResource {

    @Inject
    PathwayService pathway;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordContact", summary = "Record a contact received at the front door",
            description = "The pathway begins with a contact (DOMAIN.md: CART, the front door): who got in touch and "
                    + "when. The step is OPEN until the front door decides on it (decideAtFrontDoor). Publishes "
                    + "casework.case-notes.pathway-step-started. Send an Idempotency-Key to make retries safe. "
                    + "Example body: {\"source\": \"School designated safeguarding lead\", \"receivedAt\": "
                    + "\"2026-12-18T16:40:00Z\"}.")
    @APIResponse(responseCode = "201", description = "The contact, OPEN",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid, or received in the future "
            + "(problem constraint-violation); nothing was recorded")
    @APIResponse(responseCode = "403", description = "Not yours to write (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response recordContact(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ContactRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/pathway/contacts", request,
                replayed -> pathway.requireReplay(childId),
                () -> tagged(Response.status(Response.Status.CREATED), pathway.recordContact(childId, request)));
    }

    @PUT
    @Path("/steps/{stepId}/front-door-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideAtFrontDoor", summary = "Record the front door's decision on a contact or referral",
            description = "A contact may become a REFERRAL_TO_SOCIAL_CARE (a referral step opens); a referral may "
                    + "lead to a CF_ASSESSMENT (a C&F opens, priority 10 working days, due 10 working days after "
                    + "today: 004 \"Setting A Due Date (Priority) for New C&F\") or a STRATEGY_DISCUSSION (recorded as "
                    + "what it opens; the step itself comes later); either may end in NO_FURTHER_ACTION, "
                    + "INFORMATION_AND_ADVICE or EARLY_HELP. The decision takes effect at once and is final. "
                    + "Publishes casework.case-notes.pathway-step-decided, and pathway-step-started for each step "
                    + "it opens. Example body: {\"decision\": \"REFERRAL_TO_SOCIAL_CARE\"}.")
    @APIResponse(responseCode = "200", description = "The decided step, with what it opened",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "No decision, or one of no such name (problem constraint-violation)")
    @APIResponse(responseCode = "403", description = "Not yours to write (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Not a decision on this kind of step (problem "
            + "front-door-decision-not-for-step), or the step is decided already (problem pathway-step-decided); "
            + "nothing changed")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response decideAtFrontDoor(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull FrontDoorDecisionRequest request) {
        PathwayStepDto step = pathway.decideAtFrontDoor(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @PUT
    @Path("/steps/{stepId}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAssessmentPriority",
            summary = "Reset a Child and Family Assessment's priority to 10, 30 or 45 working days, with reasons",
            description = "004 \"Setting A Due Date (Priority) for New C&F\": after the checkpoint discussion with "
                    + "the worker, the practice manager resets the priority, which resets the due date to that many "
                    + "working days after the assessment's start (England and Wales bank holidays skipped). A "
                    + "management decision (record.manage), kept with its reasons; only while the assessment is in "
                    + "progress. Publishes casework.case-notes.pathway-step-priority-changed. Example body: "
                    + "{\"workingDays\": 30, \"reasons\": \"Four children and a father to be traced\"}.")
    @APIResponse(responseCode = "200", description = "The assessment with its new priority and due date",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "A priority other than 10, 30 or 45, or no reasons (problem "
            + "invalid-fields); nothing changed")
    @APIResponse(responseCode = "403", description = "Not a manager of the record (problem access-refused); the "
            + "attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Not a C&F (problem priority-not-for-step), the priority is "
            + "that already (problem priority-unchanged), or the outcome took effect (problem pathway-step-decided)")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response changePriority(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull PriorityChangeRequest request) {
        PathwayStepDto step = pathway.changePriority(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @PUT
    @Path("/steps/{stepId}/outcome")
    @Operation(operationId = "requestPathwayOutcome",
            summary = "Send a Child and Family Assessment's outcome for a manager's authorisation",
            description = "004 \"Completing a C&F Assessment\": the worker records the date the assessment was "
                    + "completed and the outcome, and sends it for authorisation; DOMAIN rule 20: until a manager "
                    + "authorises it, the outcome opens nothing. The step waits (AWAITING_AUTHORISATION) and "
                    + "casework.case-notes.pathway-outcome-requested asks approvals-service, which routes it to the "
                    + "practice manager of the child's team (CF_OUTCOME); their decision, applied here, decides the "
                    + "step and records what it opened, or returns it to the worker. Check what each outcome would "
                    + "open first (listPathwayStepOutcomes). Example body: {\"outcome\": \"CHILD_IN_NEED_PLAN\", "
                    + "\"completedDate\": \"2026-11-26\", \"reasons\": \"Needs met through a plan of support\"}.")
    @APIResponse(responseCode = "200", description = "The assessment, awaiting authorisation; it has opened nothing",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "An unknown outcome, no completion date or one before the "
            + "start or after today, or no reasons (problem invalid-fields); nothing changed")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "A step whose outcome needs no manager (problem "
            + "outcome-needs-no-authorisation), an outcome already waiting (problem "
            + "pathway-outcome-awaiting-authorisation), or one already in effect (problem pathway-step-decided)")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response requestOutcome(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull OutcomeForAuthorisationRequest request) {
        PathwayStepDto step = pathway.requestOutcome(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @GET
    @Operation(operationId = "listPathwaySteps",
            summary = "The child's case pathway, the latest step first (by start date, then when recorded), a page "
                    + "at a time",
            description = "Every step with its dates, state and, once its outcome took effect, what it opened. For "
                    + "those who may read the record; outside your caseload, give a purpose in X-Access-Purpose; the "
                    + "read is logged.")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<PathwayStepDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        return pathway.ofChild(RequestParams.pathUuid("childId", idText),
                page.query(PathwayStepRepository.cursorKeys()));
    }

    @GET
    @Path("/steps/{stepId}")
    @Operation(operationId = "getPathwayStep", summary = "One step of the child's case pathway, with its ETag",
            description = "As listed by listPathwaySteps; the ETag is the version a change names in If-Match. The "
                    + "read is logged.")
    @APIResponse(responseCode = "200", description = "The step",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response one(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText) {
        PathwayStepDto step = pathway.one(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText));
        return Preconditions.tagged(step, step.version());
    }

    @GET
    @Path("/steps/{stepId}/outcomes")
    @Operation(operationId = "listPathwayStepOutcomes",
            summary = "The outcomes a step may have and what each would open, before one is chosen or authorised",
            description = "004 \"Completing a C&F Assessment\": \"If the wrong outcome is selected and then the "
                    + "manager approves it, the wrong pathway will be opened\". For a contact or a referral, the front "
                    + "door's decisions on it (they take effect at once); for a Child and Family Assessment, its "
                    + "outcomes (each takes effect only once a manager authorises it): each with the steps it would "
                    + "open and whether it would close the case. Not paged: bounded by what the step is. The read "
                    + "is logged.")
    @APIResponse(responseCode = "200", description = "The outcomes, in the order of the catalogue",
            content = @Content(schema = @Schema(implementation = PathwayOutcomeOptionDto.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public List<PathwayOutcomeOptionDto> outcomes(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText) {
        return pathway.outcomes(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("stepId", stepText));
    }

    private static Response tagged(Response.ResponseBuilder status, PathwayStepDto step) {
        return status.entity(step).header(HttpHeaders.ETAG, Preconditions.etag(step.version())).build();
    }
}
