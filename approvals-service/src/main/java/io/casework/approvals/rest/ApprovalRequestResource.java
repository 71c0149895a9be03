package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.DecisionRequest;
import io.casework.approvals.rest.dto.RoutingDto;
import io.casework.approvals.service.ApprovalService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
    IdempotentRequests idempotent;

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
