package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.PathwayStepEntry;
import io.casework.casenotes.repository.PathwayStepEntryRepository;
import io.casework.casenotes.repository.PathwayStepRepository;
import io.casework.casenotes.rest.dto.ContactRequest;
import io.casework.casenotes.rest.dto.EndStepRequest;
import io.casework.casenotes.rest.dto.FrontDoorDecisionRequest;
import io.casework.casenotes.rest.dto.HeldStepRequest;
import io.casework.casenotes.rest.dto.PathwayOutcomeOptionDto;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.PathwayStepEntryDto;
import io.casework.casenotes.rest.dto.PriorityChangeRequest;
import io.casework.casenotes.rest.dto.ScheduleStepRequest;
import io.casework.casenotes.rest.dto.StartStepRequest;
import io.casework.casenotes.rest.dto.StepOutcomeRequest;
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
import jakarta.ws.rs.QueryParam;
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
 * The child's case pathway (004 "Case Pathway"): contacts and the front door's decisions, every other step started,
 * scheduled, held, decided and ended, the C&F's priority, the outcomes that wait for a manager, and each step's
 * history.
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
                    + "today: 004 \"Setting A Due Date (Priority) for New C&F\") or a STRATEGY_DISCUSSION (a discussion "
                    + "opens, its 24 hours running from the referral's receipt: 004); either may end in "
                    + "NO_FURTHER_ACTION or INFORMATION_AND_ADVICE, or step down to EARLY_HELP (an Early Help episode "
                    + "opens). The decision takes effect at once and is final. "
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

    @POST
    @Path("/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startPathwayStep", summary = "Start a step on the child's case pathway",
            description = "A step a worker starts directly (listPathwayStepKinds says which): a looked-after episode "
                    + "with its legal status, a placement of one with its type, a CIN plan, a strategy discussion "
                    + "after an incident, an Early Help episode, a supervision session... A step that only an "
                    + "outcome opens (an S47 enquiry, a conference, a CP plan) is refused. A kind that is part of "
                    + "another names it in partOf. Its details are checked against the kind's detailsSchema. Matching "
                    + "for adoption restricts the record to the adoption list at once (001 \"Restricted Records\"). "
                    + "Publishes casework.case-notes.pathway-step-started. Send an Idempotency-Key to make retries "
                    + "safe. Example body: {\"kind\": \"PLACEMENT\", \"partOf\": \"0a1b2c3d-4e5f-4a6b-8c7d-"
                    + "9e0f1a2b3c4d\", \"startDate\": \"2026-11-20\", \"details\": {\"placementType\": \"U1\"}}.")
    @APIResponse(responseCode = "201", description = "The step, OPEN",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid: details that do not fit the kind, "
            + "partOf missing, of the wrong kind or not the child's, a start in the future or before what it is part "
            + "of (problem invalid-fields); nothing was recorded")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @APIResponse(responseCode = "409", description = "A kind only an outcome opens (problem "
            + "pathway-step-not-startable), or part of a step that has ended (problem pathway-step-ended)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response startStep(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull StartStepRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/pathway/steps", request,
                replayed -> pathway.requireReplay(childId),
                () -> tagged(Response.status(Response.Status.CREATED), pathway.startStep(childId, request)));
    }

    @PUT
    @Path("/steps/{stepId}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "schedulePathwayStep", summary = "Schedule a meeting step, or move it with reasons",
            description = "A conference, a review, a core group, a strategy discussion, a CIN or family support "
                    + "meeting: when it is to be held and its chair. Scheduled again, it says why it moves. Publishes "
                    + "casework.case-notes.pathway-step-scheduled (deadlines-service counts a report's due date back "
                    + "from it: 001, 003 Appendix A). Example body: {\"scheduledFor\": \"2026-12-03T10:00:00Z\", "
                    + "\"chair\": \"Chris Chair\"}.")
    @APIResponse(responseCode = "200", description = "The step with its schedule",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "No time, one before the step's start, or no reasons for a move "
            + "(problem invalid-fields); nothing changed")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Not a meeting (problem pathway-step-not-a-meeting), held "
            + "already (problem pathway-meeting-held) or ended (problem pathway-step-ended)")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response schedule(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull ScheduleStepRequest request) {
        PathwayStepDto step = pathway.schedule(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @PUT
    @Path("/steps/{stepId}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPathwayStepHeld", summary = "Record a meeting step as held, with who took part",
            description = "When it was held, its chair (required for a conference and a looked-after review), each "
                    + "participant with their agency and input, and the kind's facts known now. A strategy "
                    + "discussion's record names its reasons and alleged abuse category, and is checked against 004 "
                    + "\"Strategy Discussions\": held within 24 hours of the referral or incident, with a CSC "
                    + "manager, police and health; each failure is flagged in nonCompliance (recorded all the same). "
                    + "A meeting with no outcome that does not last (a CIN meeting, a looked-after review, a core "
                    + "group) ends once held. Publishes casework.case-notes.pathway-step-held (and pathway-step-ended "
                    + "when it ends). Example body: {\"heldAt\": \"2026-11-26T09:30:00Z\", \"participants\": "
                    + "[{\"name\": \"DC Priya Shah\", \"role\": \"Detective constable\", \"agency\": "
                    + "\"POLICE\", \"manager\": false, \"input\": \"No previous reports\"}]}.")
    @APIResponse(responseCode = "200", description = "The step as held",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid: no participants, a time in the "
            + "future or before the step's start, no chair where one is required, details that do not fit the "
            + "kind, a strategy discussion without its reasons or alleged abuse category (problem invalid-fields); "
            + "nothing changed")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Not a meeting (problem pathway-step-not-a-meeting), held "
            + "already (problem pathway-meeting-held) or ended (problem pathway-step-ended)")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response held(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull HeldStepRequest request) {
        PathwayStepDto step = pathway.held(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @PUT
    @Path("/steps/{stepId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPathwayOutcome",
            summary = "Record a step's outcome: sent for a manager's authorisation where one is needed",
            description = "004 \"Completing a C&F Assessment\", \"Recording Outcomes from S47 Enquiries\", "
                    + "\"Strategy Discussions\": the worker records the date the step was completed, the outcome, "
                    + "the reasons and the outcome's facts (a strategy discussion's toConference and furtherActions, "
                    + "an S47's method and childSeen, a conference's CP plan category). A C&F's or S47's outcome and a "
                    + "strategy discussion's decision wait for a manager (DOMAIN rule 20): the step is "
                    + "AWAITING_AUTHORISATION, opens nothing, and casework.case-notes.pathway-outcome-requested asks "
                    + "approvals-service, which routes it to the practice manager of the child's team (CF_OUTCOME, "
                    + "S47_OUTCOME, STRATEGY_DISCUSSION_DECISION); their decision, applied here, decides the step "
                    + "and opens what it opens, or returns it to the worker. A conference's decision, recorded for its "
                    + "chair, takes effect at once (pathway-step-decided, and pathway-step-started for each step it "
                    + "opens). A meeting's outcome follows its being held. Check what each outcome would open first "
                    + "(listPathwayStepOutcomes). Example body: {\"outcome\": \"CHILD_PROTECTION_PLAN\", "
                    + "\"completedDate\": \"2026-11-26\", \"reasons\": \"Risk of significant harm\", "
                    + "\"details\": {\"category\": \"NEGLECT\"}}.")
    @APIResponse(responseCode = "200", description = "The step, awaiting authorisation or decided",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "An outcome the step does not have, no completion date or one "
            + "before the start or after today, no reasons, details that do not fit the outcome, or a CP plan "
            + "without its category (problem invalid-fields); nothing changed")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "A contact or referral, decided at the front door (problem "
            + "front-door-decision-required), a kind with no outcomes (problem pathway-step-has-no-outcomes), a "
            + "meeting not yet held (problem pathway-meeting-not-held), an outcome already waiting (problem "
            + "pathway-outcome-awaiting-authorisation), or one already in effect (problem pathway-step-decided)")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response recordOutcome(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull StepOutcomeRequest request) {
        PathwayStepDto step = pathway.recordOutcome(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @PUT
    @Path("/steps/{stepId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endPathwayStep", summary = "End a step (a placement, a plan, an episode), with why",
            description = "The date it ended and why. The steps that are part of it and still go on end with it "
                    + "(a looked-after episode's placement). A step with outcomes ends once its outcome has taken "
                    + "effect. Publishes casework.case-notes.pathway-step-ended for each step ended. Example body: "
                    + "{\"endDate\": \"2026-11-26\", \"reason\": \"Moved to a long-term foster placement\"}.")
    @APIResponse(responseCode = "200", description = "The step, ENDED",
            content = @Content(schema = @Schema(implementation = PathwayStepDto.class)))
    @APIResponse(responseCode = "400", description = "No date, one before the start or after today, or no reason "
            + "(problem invalid-fields); nothing changed")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "Ended already (problem pathway-step-ended), an outcome "
            + "still to take effect (problem pathway-outcome-required or pathway-outcome-awaiting-authorisation), or a "
            + "part of it waiting for authorisation (problem pathway-part-awaiting-authorisation)")
    @APIResponse(responseCode = "412", description = "The step changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response end(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull EndStepRequest request) {
        PathwayStepDto step = pathway.endStep(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("stepId", stepText), request, ifMatch);
        return Preconditions.tagged(step, step.version());
    }

    @PUT
    @Path("/steps/{stepId}/case-notes/{noteId}")
    @Operation(operationId = "linkCaseNoteToPathwayStep", summary = "Link a case note to a pathway step",
            description = "004 \"Completing a C&F Assessment\": \"Link case note to C&F Assessment\". Kept on the "
                    + "step's history (listPathwayStepEntries, act CASE_NOTE_LINKED), sealed on the child's chain; "
                    + "linking the same note again changes nothing.")
    @APIResponse(responseCode = "204", description = "Linked (now or before)")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); the attempt "
            + "is logged")
    @APIResponse(responseCode = "404", description = "No such child, step or case note of the child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response linkCaseNote(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @PathParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String noteText) {
        pathway.linkCaseNote(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("stepId", stepText),
                RequestParams.pathUuid("noteId", noteText));
        return Response.noContent().build();
    }

    @GET
    @Path("/steps/{stepId}/entries")
    @Operation(operationId = "listPathwayStepEntries",
            summary = "A step's history: every act on it, the latest first, a page at a time",
            description = "Started, scheduled, held (with each participant's input), priority changed, outcome "
                    + "requested, authorised (with the manager's reasons), returned or decided, ended, case notes "
                    + "linked: each with its facts, who did it as they were then and when, as sealed on the child's "
                    + "chain. Narrow to one act with ?act=. The read is logged.")
    @APIResponse(responseCode = "400", description = "An unknown act (problem constraint-violation)")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such step of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<PathwayStepEntryDto> entries(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("stepId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String stepText,
            @Parameter(description = "Only entries of this act", example = "CASE_NOTE_LINKED",
                    schema = @Schema(implementation = PathwayStepEntry.Act.class))
            @QueryParam("act") @Size(max = 40) String act,
            @BeanParam PageParams page) {
        // Read as text and converted here: an unknown act is a 400 problem naming the parameter, not a 404.
        return pathway.entriesOf(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("stepId", stepText),
                RequestParams.queryEnum("act", act, PathwayStepEntry.Act.class),
                page.query(PathwayStepEntryRepository.cursorKeys()));
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
                    + "door's decisions on it (they take effect at once); for a C&F, an S47 enquiry or a strategy "
                    + "discussion, its outcomes, each taking effect only once a manager authorises it; for a "
                    + "conference or a legal planning meeting, its decisions, in effect at once: each with the steps "
                    + "it would open, whether it would close the case and whether it would end the step this one is "
                    + "part of. Empty for a kind without outcomes. Not paged: bounded by the kind. The read is "
                    + "logged.")
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
