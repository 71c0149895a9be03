package io.casework.approvals.rest;

import io.casework.approvals.config.ApprovalsConfig;
import io.casework.approvals.domain.NotificationState;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.approvals.rest.dto.NotificationDto;
import io.casework.approvals.service.InboxService;
import io.casework.approvals.service.InboxStream;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor.Key;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The caller's own notification inbox, and its live stream. Every member of staff has one: each role of the realm
 * but the administrator's, who runs the system, holds no post and sees no child's record, and so is refused (403).
 * This is the service's one list of roles; everything else is open to whoever signs in ({@code @Authenticated}, as
 * in the other services) and decided by the organisation model, or is reference data.
 */
@Path("/inbox")
@Tag(name = "Inbox")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
        Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER})
public class InboxResource {

    /** A notification sequence number: what the stream sends as each event's id. */
    private static final String LAST_EVENT_ID_PATTERN = "^[0-9]{1,18}$";

    @Inject
    InboxService inbox;

    @Inject
    InboxStream stream;

    @Inject
    Caller caller;

    @Inject
    ApprovalsConfig config;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInbox", summary = "What waits for the caller's decision, oldest first",
            description = "Pending requests routed to the caller, one page at a time, oldest first, with `total` the "
                    + "number pending in all. Each child named on the page is logged as an access by the caller.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Page<ApprovalRequestDto> inbox(
            @Parameter(description = "Only requests about this child")
            @QueryParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @BeanParam PageParams page) {
        return inbox.pendingFor(caller.username(), RequestParams.queryUuid("childId", childId),
                page.query(Key.INSTANT, Key.UUID));
    }

    @GET
    @Path("/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNotifications",
            summary = "The caller's notifications, unread by default, oldest first",
            description = "One page at a time, with `total` the number in the state asked for. UNREAD: not yet "
                    + "opened; READ: marked read; ACTED: the decision it asked for was made; ALL: every state. A "
                    + "notification that asked for a decision is acted on once the request is decided, and an alert "
                    + "of failed access to a child read once the failed access ends. Oldest first, so that what has "
                    + "waited longest is seen first; `order=newest` for the latest first. Each child named is logged "
                    + "as an access.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Page<NotificationDto> notifications(
            @Parameter(description = "Only notifications about this child")
            @QueryParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @Parameter(description = "UNREAD (the default), READ, ACTED or ALL")
            @QueryParam("state") @DefaultValue("UNREAD")
            @Pattern(regexp = "UNREAD|READ|ACTED|ALL", message = "must be UNREAD, READ, ACTED or ALL") String state,
            @Parameter(description = "oldest (the default) or newest first")
            @QueryParam("order") @DefaultValue("oldest")
            @Pattern(regexp = "oldest|newest", message = "must be oldest or newest") String order,
            @BeanParam PageParams page) {
        return inbox.notificationsOf(caller.username(), "ALL".equals(state) ? null : NotificationState.valueOf(state),
                RequestParams.queryUuid("childId", childId), "newest".equals(order), page.query(Key.INSTANT, Key.UUID));
    }

    @POST
    @Path("/notifications/{notificationId}/read")
    @Operation(operationId = "markNotificationRead",
            summary = "Mark one of the caller's notifications read",
            description = "Answers 204 with no body; marking a read notification again changes nothing. Another "
                    + "person's notification is answered 404, as if it did not exist, so its id reveals nothing.")
    @APIResponse(responseCode = "204", description = "Read: marked now, or it was read already")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public void markRead(@PathParam("notificationId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        UUID id = RequestParams.pathUuid("notificationId", idText);
        inbox.markRead(id, caller.username());
    }

    /**
     * Server-Sent Events for the caller, authenticated like every other call by the bearer token in the
     * Authorization header (never a token in the URL, which would end up in access logs): browsers use a
     * fetch-based event-stream client, since EventSource cannot send headers. The first line is a comment, so the
     * client knows it is subscribed; each event is one of the caller's notifications ({@link InboxEventDto}) with its
     * sequence number as id; a comment every {@code casework.approvals.inbox-stream.heartbeat} keeps idle connections
     * open. See {@link InboxStream} for how every replica's clients get every notification exactly once.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamInbox",
            summary = "Live notifications for the caller (text/event-stream, JSON data)",
            description = "Each event is one of the caller's notifications; its id is the notification's sequence "
                    + "number. A client that reconnects (the stream ends when its token expires, with an event "
                    + "`token-expired`) sends the last id it received as `Last-Event-ID` and first receives every "
                    + "notification recorded since, once and in order, from whichever replica it reaches.")
    @APIResponse(responseCode = "200", description = "An open stream: a comment on connecting, one event per "
            + "notification, a comment as heartbeat", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(implementation = InboxEventDto.class)))
    @APIResponse(responseCode = "429", description = "The caller already holds the most live streams they may "
            + "(problem too-many-streams)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Multi<OutboundSseEvent> stream(@Context Sse sse,
            @Parameter(description = "The id of the last event received, to resume after it; absent for only what "
                    + "is new")
            @HeaderParam("Last-Event-ID") @Pattern(regexp = LAST_EVENT_ID_PATTERN,
                    message = "must be the id of an event of this stream") String lastEventId) {
        String username = caller.username();
        // A stream lives no longer than the token that opened it: at its expiry the server says so and ends it, and
        // the client reconnects with a fresh token (issue 9).
        Duration left = Duration.between(clock.instant(), caller.tokenExpiresAt());
        if (left.isNegative() || left.isZero()) {
            throw Problems.of(401, "unauthorised", "Unauthorized", "The token has expired");
        }
        stream.admit(username);
        Long resumeAfter = lastEventId == null ? null : Long.valueOf(lastEventId);
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().startingAfter(config.inboxStream().heartbeat())
                .every(config.inboxStream().heartbeat())
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> live = stream.open(username, resumeAfter).onItem().transformToMulti(notifications -> {
            Multi<OutboundSseEvent> events = notifications.map(event -> sse.newEventBuilder()
                    .id(Long.toString(event.sequence()))
                    .data(InboxEventDto.class, event)
                    .build());
            Multi<OutboundSseEvent> opened = Multi.createFrom().item(sse.newEventBuilder().comment("connected")
                    .build());
            return Multi.createBy().concatenating().streams(opened,
                    Multi.createBy().merging().streams(events, heartbeats));
        }).select().first(left);
        Multi<OutboundSseEvent> expired = Multi.createFrom().item(() -> sse.newEventBuilder().name("token-expired")
                .data("The token that opened this stream has expired: reconnect with a fresh one.").build());
        return Multi.createBy().concatenating().streams(live, expired);
    }
}
