package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.RiskAlertEntry;
import io.casework.casenotes.repository.RiskAlertEntryRepository;
import io.casework.casenotes.repository.RiskAlertRepository;
import io.casework.casenotes.rest.dto.RiskAlertDto;
import io.casework.casenotes.rest.dto.RiskAlertEntryDto;
import io.casework.casenotes.rest.dto.RiskAlertRequest;
import io.casework.casenotes.rest.dto.RiskAlertReviewRequest;
import io.casework.casenotes.service.RiskAlertService;
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
 * A child's risk alerts (001 "Risk Alerts"): asked for here, decided by the head of service of the child's service
 * area in approvals-service, applied by this service when the decision comes back, and reviewed here by that head of
 * service at least six-monthly.
 */
@Path("/children/{childId}/risk-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Children")
@Authenticated
public class RiskAlertResource {

    @Inject
    RiskAlertService alerts;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestRiskAlert",
            summary = "Ask the head of service to record a risk alert on the child's record",
            description = "001 \"Risk Alerts\": a warning about the characteristics, behaviour or circumstances of "
                    + "a child or adult that might give rise to a risk of harm to staff or others, recorded only on "
                    + "the decision of the head of service of the child's service area. Give the kind, the date the "
                    + "risk started or was first known (mandatory, not after today), a description, and the dated "
                    + "entries of the record that detail the concern: at least one of the child's submitted or final "
                    + "case notes (noteIds) or documents (documentIds). The alert is PENDING; the request goes to the "
                    + "head of service through approvals-service (casework.case-notes.risk-alert-requested), who "
                    + "approves or refuses it with reasons at the existing decision endpoint. Approved, the alert is "
                    + "ACTIVE (casework.case-notes.risk-alert-activated), its first review due when deadlines-service "
                    + "announces it under the authority's rule (reviewDue); refused, it is kept REFUSED with the "
                    + "reasons. Send an Idempotency-Key to make retries safe. Example body: "
                    + "{\"type\": \"DANGEROUS_PET\", "
                    + "\"startedOn\": \"2026-10-14\", \"description\": \"A large untrained dog is loose in the garden "
                    + "at every visit (visit note of 14 October 2026)\", \"noteIds\": [\"5a7e9c2b-1d3f-4e6a-8b0c-"
                    + "2d4f6a8c0e1b\"], \"documentIds\": []}.")
    @APIResponse(responseCode = "202", description = "The alert, PENDING the head of service's decision",
            content = @Content(schema = @Schema(implementation = RiskAlertDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid: no kind, no date or one after "
            + "today, no description, no entry referred to, or an entry that is not one of the child's submitted or "
            + "final notes or documents (problem constraint-violation); nothing was recorded")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response request(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RiskAlertRequest request) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return idempotent.execute(idempotencyKey, "POST /children/" + childId + "/risk-alerts", request,
                replayed -> alerts.requireReplay(childId),
                () -> Response.accepted(alerts.request(childId, request)).build());
    }

    @GET
    @Operation(operationId = "listRiskAlerts",
            summary = "The child's risk alerts, ACTIVE first, then the others, newest first, a page at a time",
            description = "Every alert, PENDING, ACTIVE, REFUSED or ENDED, so that a front-end can show the active "
                    + "ones first. An ACTIVE alert whose review is overdue stays ACTIVE and says so (reviewOverdue: "
                    + "true) rather than vanishing. For those who may read the record; outside your caseload or "
                    + "management line, give a purpose in X-Access-Purpose; the read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    public Page<RiskAlertDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        UUID childId = RequestParams.pathUuid("childId", idText);
        return alerts.ofChild(childId, page.query(RiskAlertRepository.cursorKeys()));
    }

    @GET
    @Path("/{alertId}")
    @Operation(operationId = "getRiskAlert",
            summary = "One of the child's risk alerts, with its decision, review due and latest review",
            description = "As listed by listRiskAlerts, for those who may read the record, with the ETag to send "
                    + "in If-Match to review it; the read is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    @APIResponse(responseCode = "200", description = "The alert, its version in the ETag header",
            content = @Content(schema = @Schema(implementation = RiskAlertDto.class)))
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such alert of the child (problem "
            + "not-found)")
    public Response one(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("alertId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String alertText) {
        RiskAlertDto alert = alerts.one(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("alertId", alertText), "getRiskAlert");
        return Preconditions.tagged(alert, alert.version());
    }

    @GET
    @Path("/{alertId}/entries")
    @Operation(operationId = "listRiskAlertEntries",
            summary = "An alert's history, the latest first, a page at a time: its request, the head of service's "
                    + "decision and every review",
            description = "001 \"Risk Alerts\": requested, approved or refused, continued at each six-monthly review "
                    + "(with its reasons and the next due date), ended: each with who did it as they were then and "
                    + "when, as sealed on the child's chain. Narrow to one act with ?act= (CONTINUED and ENDED are "
                    + "the reviews). For those who may read the record; the read is logged.")
    @APIResponse(responseCode = "400", description = "An unknown act (problem constraint-violation)")
    @APIResponse(responseCode = "403", description = "Not yours to read (problem access-refused or "
            + "access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such alert of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<RiskAlertEntryDto> entries(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("alertId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String alertText,
            @Parameter(description = "Only entries of this act", example = "CONTINUED",
                    schema = @Schema(implementation = RiskAlertEntry.Act.class))
            @QueryParam("act") @Size(max = 40) String act,
            @BeanParam PageParams page) {
        return alerts.entriesOf(RequestParams.pathUuid("childId", idText), RequestParams.pathUuid("alertId",
                alertText), RequestParams.queryEnum("act", act, RiskAlertEntry.Act.class),
                page.query(RiskAlertEntryRepository.cursorKeys()));
    }

    @PUT
    @Path("/{alertId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewRiskAlert",
            summary = "Review an active risk alert: continue it, or end it, with reasons",
            description = "001 \"Risk Alerts\": an alert \"must be reviewed by a Head of Service within six months "
                    + "of being recorded and at least six monthly thereafter\". Only the head of service of the "
                    + "child's service area reviews (record.manage). CONTINUE keeps it ACTIVE, its next review due "
                    + "when deadlines-service announces it (reviewDue, null until then); END ends the alert, which "
                    + "is kept as ENDED. Kept on the child's chain; publishes "
                    + "casework.case-notes.risk-alert-reviewed. Example body: {\"outcome\": \"CONTINUE\", "
                    + "\"reasons\": \"The dog is still kept at the house\"}.")
    @APIResponse(responseCode = "200", description = "The alert, reviewed, its new version in the ETag header",
            content = @Content(schema = @Schema(implementation = RiskAlertDto.class)))
    @APIResponse(responseCode = "400", description = "No outcome, or no reasons (problem constraint-violation); "
            + "nothing changed")
    @APIResponse(responseCode = "403", description = "Not the head of service of the child's service area (problem "
            + "access-refused); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such alert of the child (problem "
            + "not-found)")
    @APIResponse(responseCode = "409", description = "The alert is not ACTIVE: pending, refused or ended (problem "
            + "risk-alert-not-active); nothing changed")
    @APIResponse(responseCode = "412", description = "The alert changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public Response review(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @PathParam("alertId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String alertText,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(Preconditions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull RiskAlertReviewRequest request) {
        RiskAlertDto alert = alerts.review(RequestParams.pathUuid("childId", idText),
                RequestParams.pathUuid("alertId", alertText), request, ifMatch);
        return Preconditions.tagged(alert, alert.version());
    }
}
