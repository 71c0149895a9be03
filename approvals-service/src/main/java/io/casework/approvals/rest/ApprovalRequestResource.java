package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.ApprovalAsk;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionRequest;
import io.casework.approvals.rest.dto.RoutingDto;
import io.casework.approvals.service.ApprovalService;
import io.casework.approvals.service.AskedRequests;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor.Key;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/approval-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval requests")
// Any signed-in person reaches the decision rules, which refuse and log whoever the request does not concern.
@Authenticated
public class ApprovalRequestResource {

    @Inject
    ApprovalService approvals;

    @Inject
    AskedRequests askedRequests;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestApproval",
            summary = "Ask for a decision of a kind asked through the API: records taken off site, a deadline "
                    + "extension, a C&F's priority change",
            description = "For the kinds the catalogue has requestedThrough REST (GET /organisation/decision-kinds), "
                    + "with the fields it lists for the kind in `fields` (every required one; a date as YYYY-MM-DD). "
                    + "Asking is recording on the child's record (record.write), and the catalogue's askedBy narrows "
                    + "who may ask each kind. Routed like every request, to the post the catalogue names on the "
                    + "line (for records taken off site, the asker's own line, 002 s.11), notified and published as "
                    + "approval-requested; the decision carries the fields in approval-decided `details`, and the "
                    + "service holding the subject applies it (deadlines-service an extension, case-notes-service a "
                    + "priority change). With an Idempotency-Key, a retry answers what the first call did.")
    @APIResponse(responseCode = "201", description = "Asked and routed",
            content = @Content(schema = @Schema(implementation = ApprovalRequestDto.class)))
    @APIResponse(responseCode = "400", description = "A kind not asked through the API, a field missing or invalid, "
            + "a subject missing or not expected (problem invalid-fields)")
    @APIResponse(responseCode = "403", description = "Not someone who may record on the child's record (problem "
            + "access-refused; logged), or not whom the catalogue lets ask this kind (problem may-not-ask)")
    @APIResponse(responseCode = "404", description = "No such child known here (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response ask(@Valid @NotNull ApprovalAsk ask,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotent.execute(idempotencyKey, "POST /approval-requests", ask, replayed -> { }, () -> {
            ApprovalRequestDto asked = askedRequests.ask(ask);
            return Response.created(uri.getBaseUriBuilder().path("approval-requests").path(asked.id().toString())
                    .build()).entity(asked).build();
        });
    }

    @POST
    @Path("/{requestId}/return")
    @Operation(operationId = "recordOffSiteReturn",
            summary = "Say that a record taken off site is back (002 s.11)",
            description = "\"The manager must then ensure the record is returned as required/agreed\": the person "
                    + "who took it, or a manager on the team's line, records its return, once; saying so again "
                    + "changes nothing. Only an approved RECORD_OFF_SITE request (409 not-off-site otherwise).")
    @APIResponse(responseCode = "200", description = "Returned (now, or already)")
    @APIResponse(responseCode = "403", description = "Not the requester or on the team's line (problem not-concerned)")
    @APIResponse(responseCode = "404", description = "No such request (problem not-found)")
    @APIResponse(responseCode = "409", description = "Not an approved record taken off site (problem not-off-site)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public ApprovalRequestDto recordReturn(@PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        return askedRequests.recordReturn(RequestParams.pathUuid("requestId", idText));
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getApprovalRequest",
            summary = "One request, for its requester, its assignee and the team's management line",
            description = "The request with its requester, assignee and, once decided, the decision (who, when, "
                    + "the outcome and the reasons). Anyone else is refused with 403 not-concerned; every read, "
                    + "allowed or refused, is logged on the child's access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public ApprovalRequestDto get(@PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("requestId", idText);
        return approvals.get(id);
    }

    @GET
    @Path("/{requestId}/routing")
    @Operation(operationId = "getApprovalRequestRouting",
            summary = "Where a request travelled: each routing, first to last, a page at a time",
            description = "Opened, and every move after it (issue 17): a leaver's or mover's requests go up the "
                    + "line, never sideways or down; a breached deadline escalates to the next manager; a restricted "
                    + "record sends it to someone on its list. For those the request concerns, as the request "
                    + "itself; every read is logged on the child's access log.")
    @APIResponse(responseCode = "403", description = "Not concerned by the request (problem not-concerned)")
    @APIResponse(responseCode = "404", description = "No such request (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Page<RoutingDto> routing(@PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @BeanParam PageParams page) {
        return approvals.routing(RequestParams.pathUuid("requestId", idText), page.query(Key.INSTANT, Key.UUID));
    }

    @POST
    @Path("/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideApprovalRequest",
            summary = "Decide a request: APPROVED, or RETURNED with comments saying what must change",
            description = "The assignee, or a manager above them on the team's management line as it is now, "
                    + "decides; the requester never decides their own request (403 self-approval). Who decided and "
                    + "when come from the token and the clock. The answer is the decided request; the service that "
                    + "owns the subject applies the decision when it hears of it (for a case note: finalised, or "
                    + "returned to its author as a draft). A request is decided once: a second decision is 409 "
                    + "already-decided. With an Idempotency-Key, a retry answers what the first call did.")
    @APIResponse(responseCode = "200", description = "Decided; ApprovalDecided is published")
    @APIResponse(responseCode = "400", description = "Invalid decision, e.g. RETURNED without comments")
    @APIResponse(responseCode = "403", description = "Not the assignee or above them on the line, or self-approval")
    @APIResponse(responseCode = "409", description = "Already decided")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Response decide(@PathParam("requestId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText,
            @Valid @NotNull DecisionRequest decision,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID id = RequestParams.pathUuid("requestId", idText);
        // A replay shows the decided request again: only to someone it still concerns, and logged like a read.
        return idempotent.execute(idempotencyKey, "POST /approval-requests/" + id + "/decision", decision,
                replayed -> approvals.get(id), () -> Response.ok(approvals.decide(id, decision)).build());
    }
}
