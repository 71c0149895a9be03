package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.DelegationDto;
import io.casework.approvals.rest.dto.DelegationRequest;
import io.casework.approvals.service.DelegationService;
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

@Path("/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations")
// Any member of staff may be covered or cover; the service's rules say who may record and who may see each one.
@Authenticated
public class DelegationResource {

    @Inject
    DelegationService delegations;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDelegation",
            summary = "Record who acts for an absent approver, from when until when, and why",
            description = "Acting up and delegation during absence, explicit and time-bound (at most 92 days). "
                    + "Recorded by the absent approver, the person who supervises them, or an administrator; the "
                    + "delegator must hold a management post. While it runs, the delegate's inbox also shows what "
                    + "waits for the delegator, they are notified of new requests routed to the delegator, and they "
                    + "may decide them: the decision names whom they acted for. Nobody decides their own request, "
                    + "delegated or not. With an Idempotency-Key, a retry answers what the first call did.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DelegationDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid (problem invalid-fields): the same "
            + "person, dates out of order or in the past, longer than 92 days, a delegator with no management post")
    @APIResponse(responseCode = "403", description = "Not the delegator, their supervisor or an administrator "
            + "(problem delegation-refused)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Response create(@Valid @NotNull DelegationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotent.execute(idempotencyKey, "POST /delegations", request, replayed -> { },
                () -> {
                    DelegationDto recorded = delegations.record(request);
                    return Response.created(uri.getBaseUriBuilder().path("delegations")
                            .path(recorded.id().toString()).build()).entity(recorded).build();
                });
    }

    @GET
    @Operation(operationId = "listDelegations",
            summary = "The delegations the caller gives or holds, latest start first, a page at a time",
            description = "Those running, those to come and those over, each with whether it runs now.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public Page<DelegationDto> list(@BeanParam PageParams page) {
        return delegations.mine(page.query(Key.INSTANT, Key.UUID));
    }

    @GET
    @Path("/{delegationId}")
    @Operation(operationId = "getDelegation", summary = "One delegation",
            description = "For its delegator, its delegate, who recorded it, and administrators; anyone else is "
                    + "answered 404, as if it did not exist.")
    @APIResponse(responseCode = "404", description = "No such delegation, or not one that concerns the caller")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public DelegationDto get(@PathParam("delegationId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        return delegations.get(RequestParams.pathUuid("delegationId", idText));
    }

    @POST
    @Path("/{delegationId}/end")
    @Operation(operationId = "endDelegation", summary = "End a delegation early: the delegator is back",
            description = "From now on the delegate no longer acts for the delegator. The delegation stays on the "
                    + "record with when and by whom it was ended; ending one already over changes nothing.")
    @APIResponse(responseCode = "200", description = "Ended, or already over",
            content = @Content(schema = @Schema(implementation = DelegationDto.class)))
    @APIResponse(responseCode = "404", description = "No such delegation, or not one that concerns the caller")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.INBOX)
    public DelegationDto end(@PathParam("delegationId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String idText) {
        return delegations.end(RequestParams.pathUuid("delegationId", idText));
    }
}
