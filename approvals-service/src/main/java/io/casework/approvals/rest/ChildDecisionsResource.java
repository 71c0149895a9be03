package io.casework.approvals.rest;

import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.service.DecisionRegister;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor.Key;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/children/{childId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval requests")
// The access table decides, for each child, as for every read of the record.
@Authenticated
public class ChildDecisionsResource {

    @Inject
    DecisionRegister register;

    @GET
    @Operation(operationId = "listChildDecisions",
            summary = "Every decision on a child's record, asked for or made directly, oldest first, a page at a time",
            description = "The requests about the child, pending or decided (who, when, the outcome, the reasons, "
                    + "whether late or made acting for someone), and the decisions managers made within their own "
                    + "authority without a request (decision.direct: a C&F's priority reset, a deadline extended, a "
                    + "risk alert reviewed). Read under the access table like the rest of the record, and logged.")
    @APIResponse(responseCode = "403", description = "Not someone who may read the child's record (problem "
            + "access-refused, or access-purpose-required); the attempt is logged")
    @APIResponse(responseCode = "404", description = "No such child known here (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<ApprovalRequestDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId,
            @BeanParam PageParams page) {
        return register.ofChild(RequestParams.pathUuid("childId", childId), page.query(Key.INSTANT, Key.UUID));
    }
}
