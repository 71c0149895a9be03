package io.casework.casenotes.rest;

import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.security.Roles;
import io.casework.casenotes.rest.dto.AccessLogEntryDto;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.RecordChainVerificationDto;
import io.casework.casenotes.rest.dto.RegisterChildRequest;
import io.casework.casenotes.service.AccessLogService;
import io.casework.casenotes.service.ChildService;
import io.casework.casenotes.service.RecordAccess;
import io.casework.casenotes.service.RecordChainService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/children")
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
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
            Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Open a child's record",
            description = "Publishes casework.case-notes.child-registered. Send an Idempotency-Key to make retries safe.")
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @Context UriInfo uri,
                             @Valid @NotNull RegisterChildRequest request) {
        return idempotent.execute(idempotencyKey, "POST /children", request, () -> {
            ChildDto child = children.register(request);
            return Response.created(uri.getAbsolutePathBuilder().path(child.id().toString()).build())
                    .entity(child).build();
        });
    }

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
            Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER})
    @Operation(summary = "The children on my caseload or management line")
    public List<ChildDto> caseload() {
        return children.caseload();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
            Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER})
    @Operation(summary = "A child's basic record",
            description = "Outside your caseload or management line, give a purpose in X-Access-Purpose; it is logged.")
    public ChildDto get(@PathParam("id") UUID id,
                        @Parameter(description = "Why you need this record, when it is not on your caseload")
                        @HeaderParam(RecordAccess.PURPOSE_HEADER) String purpose) {
        return children.get(id, purpose);
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER, Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Who accessed this child's record, when and why, including refused attempts")
    public List<AccessLogEntryDto> accessLog(@PathParam("id") UUID id) {
        return accessLog.ofChild(id);
    }

    @GET
    @Path("/{id}/record-chain")
    // Open to every role on the record, so that a refusal is decided by the access policy and logged like any other.
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.SENIOR_PRACTITIONER, Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER,
            Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO, Roles.ADOPTION_TEAM_MANAGER})
    @Operation(summary = "Verify this child's record chain",
            description = "Every note version, management entry and access-log entry, in the order written, checked "
                    + "against its seal; reports the first break: which entry, and whether it was changed, moved, "
                    + "removed or forged. For the managers of the child's team and service area (record.audit); "
                    + "the verification is logged on the child's access log.")
    public RecordChainVerificationDto verifyRecordChain(@PathParam("id") UUID id) {
        return recordChains.verify(id);
    }
}
