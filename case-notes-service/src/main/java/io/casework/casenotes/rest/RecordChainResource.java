package io.casework.casenotes.rest;

import io.casework.backbone.security.Roles;
import io.casework.casenotes.rest.dto.RecordChainAuditDto;
import io.casework.casenotes.rest.dto.RecordChainVerificationDto;
import io.casework.casenotes.service.RecordChainService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Record chain", description = "Tamper evidence: whether each child's record is as it was written")
public class RecordChainResource {

    @Inject
    RecordChainService chains;

    @GET
    @Path("/children/{id}/record-chain")
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER, Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Verify this child's record chain",
            description = "Every note version, management entry and access-log entry, in the order written, checked "
                    + "against its seal; reports the first break: which entry, and whether it was changed, moved, "
                    + "removed or forged. For the managers of the child's team and service area (record.audit); "
                    + "the verification is logged on the child's access log.")
    public RecordChainVerificationDto verify(@PathParam("id") UUID id) {
        return chains.verify(id);
    }

    @POST
    @Path("/record-chain/verifications")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Verify every child's record chain now",
            description = "What the nightly run does: counts of children and entries, the rate, and the first 100 "
                    + "broken chains by child. Names no child's details. scripts/verify-record-chains.sh calls it.")
    public RecordChainAuditDto verifyAll() {
        return chains.verifyAll();
    }
}
